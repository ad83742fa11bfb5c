package vn.langso.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.langso.learning.Topic;

/** The exports' words and numbers in one language: translations, dates as dd/MM/yyyy, months as MM/yyyy. */
final class ReportTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final I18NProvider translations;
    private final Locale locale;

    /** In {@code locale}'s language where we have it, else in the first language we have (Vietnamese). */
    ReportTexts(I18NProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = translations.getProvidedLocales().stream()
                .filter(provided -> locale != null && provided.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(translations.getProvidedLocales().getFirst());
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    String indicator(Indicator indicator) {
        return get("report.indicator." + indicator.name());
    }

    String topic(Topic topic) {
        return get("report.topic." + topic.name());
    }

    String status(TargetStatus status) {
        return get("report.status." + status.name());
    }

    String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String period(YearMonth from, YearMonth to) {
        return MONTH.format(from) + " – " + MONTH.format(to);
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** "72,5%" in Vietnamese, "72.5%" in English; empty when there is nothing to divide by. */
    String percent(Double percent) {
        if (percent == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + "%";
    }
}
