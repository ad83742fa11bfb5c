package vn.langso.report.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.langso.report.Figure;
import vn.langso.report.IndicatorTarget;
import vn.langso.report.TargetStatus;
import vn.langso.ui.Dates;

/** How figures read on screen: "63,5 %" in Vietnamese, "63.5%" in English, "412 / 650", "11/2026"; a figure never breaks across lines. */
final class FigureText {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private FigureText() {
    }

    static String percent(Figure figure, Locale locale) {
        Double value = figure.percent();
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(value >= 10 || value == 0 ? 0 : 1);
        String number = format.format(value);
        return "vi".equals(locale.getLanguage()) ? number + "\u00a0%" : number + "%";
    }

    static String ratio(Figure figure, Locale locale) {
        return count(figure.numerator(), locale) + "\u00a0/\u00a0" + count(figure.denominator(), locale);
    }

    static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    static String status(Component owner, IndicatorTarget target, TargetStatus status) {
        if (target == null) {
            return "";
        }
        return owner.getTranslation("report.target.status." + status.name(), target.percent(),
                Dates.format(target.dueOn()));
    }

    static double sortable(Figure figure) {
        Double value = figure.percent();
        return value == null ? -1 : value;
    }
}
