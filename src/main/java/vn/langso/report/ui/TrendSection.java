package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import vn.langso.report.Dashboard;
import vn.langso.report.Indicator;
import vn.langso.report.MonthFigures;

/** Month by month: an indicator at the end of each month, with that month's visits and completions. */
class TrendSection extends Div {

    private final Dashboard dashboard;
    private final Div content = new Div();

    TrendSection(Dashboard dashboard) {
        this.dashboard = dashboard;
        addClassName("report-section");
        ChoiceSelect<Indicator> indicator = new ChoiceSelect<>(getTranslation("report.parts.indicator"),
                Arrays.stream(Indicator.values()).filter(Indicator::isMonthly).toList(), item -> getTranslation("report.indicator." + item.name()), Indicator.REACHED);
        indicator.onChoice(this::show);
        add(indicator, content);
        show(Indicator.REACHED);
    }

    private void show(Indicator indicator) {
        content.removeAll();
        Locale locale = getLocale();
        content.add(Charts.trend(this, dashboard.trend(), indicator, dashboard.targets().get(indicator)));
        FigureTable<MonthFigures> table = new FigureTable<>(getTranslation("report.trend.table"));
        table.column(getTranslation("report.trend.month"), month -> FigureText.month(month.month()),
                Comparator.comparing(MonthFigures::month), false)
                .column("%", month -> FigureText.percent(month.figure(indicator), locale),
                        Comparator.comparingDouble(month -> FigureText.sortable(month.figure(indicator))), true)
                .column(getTranslation("report.activity.visits"), month -> FigureText.count(month.visits(), locale),
                        Comparator.comparingLong(MonthFigures::visits), true)
                .column(getTranslation("report.trend.completions"),
                        month -> FigureText.count(month.completions(), locale),
                        Comparator.comparingLong(MonthFigures::completions), true);
        table.setRows(dashboard.trend().reversed());
        content.add(table);
    }
}
