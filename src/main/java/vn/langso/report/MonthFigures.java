package vn.langso.report;

import java.time.YearMonth;
import java.util.Map;

/** The monthly indicators at the end of a month, and that month's visits and completions. */
public record MonthFigures(YearMonth month, Map<Indicator, Figure> indicators, long visits, long completions) {

    public Figure figure(Indicator indicator) {
        return indicators.getOrDefault(indicator, Figure.NONE);
    }
}
