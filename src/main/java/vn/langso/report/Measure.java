package vn.langso.report;

import java.util.Locale;

/**
 * The columns of {@code place_month_figures}. A stock's row holds what changed that month (its value at the end of
 * a month is the sum up to it); a flow's row holds the month's count.
 */
enum Measure {
    HOUSEHOLDS(true), ADULTS(true), REACHED(true),
    SMARTPHONE(true), SMARTPHONE_ASKED(true), FIBRE(true), INTERNET_ASKED(true),
    BANK_OR_WALLET(true), BANK_OR_WALLET_ASKED(true), VNEID_LEVEL2(true), VNEID_LEVEL2_ASKED(true),
    ONLINE_SERVICE(true), ONLINE_SERVICE_ASKED(true), PAYS_CASHLESS(true), PAYS_CASHLESS_ASKED(true),
    LEARNERS(true), BASIC_SKILLS(true),
    VISITS(false), DONE_SMARTPHONE_BASICS(false), DONE_SAFE_INTERNET(false), DONE_E_PAYMENT(false),
    DONE_PUBLIC_SERVICES(false), DONE_ONLINE_SHOPPING(false);

    private final boolean stock;

    Measure(boolean stock) {
        this.stock = stock;
    }

    boolean isStock() {
        return stock;
    }

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Measure done(vn.langso.learning.Topic topic) {
        return valueOf("DONE_" + topic.name());
    }
}
