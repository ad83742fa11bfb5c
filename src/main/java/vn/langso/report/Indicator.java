package vn.langso.report;

/**
 * What commune leaders are judged on (../shared/domain/DOMAIN.md §6), each a numerator over a denominator.
 * Readiness indicators count households whose answer is yes over households that were asked.
 */
public enum Indicator {
    /** Households a team has visited at least once / households on the register. */
    REACHED(true),
    VISITED_30_DAYS(false),
    VISITED_90_DAYS(false),
    SMARTPHONE(true),
    FIBRE(true),
    BANK_OR_WALLET(true),
    VNEID_LEVEL2(true),
    ONLINE_SERVICE(true),
    PAYS_CASHLESS(true),
    /** People who completed a lesson in each of the five topics / adults on the register. */
    BASIC_SKILLS(true),
    /** Villages with an active team / villages. */
    TEAM_COVERAGE(false);

    private final boolean monthly;

    Indicator(boolean monthly) {
        this.monthly = monthly;
    }

    /** Whether it has a month-by-month trend (the others are as of today). */
    public boolean isMonthly() {
        return monthly;
    }
}
