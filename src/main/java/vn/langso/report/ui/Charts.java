package vn.langso.report.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import vn.langso.report.Indicator;
import vn.langso.report.IndicatorTarget;
import vn.langso.report.MonthFigures;
import vn.langso.report.TopicCompletions;
import vn.langso.ui.Chart;

/** The dashboard's charts; each has a table beside it with the same numbers. */
final class Charts {

    private Charts() {
    }

    /** One bar per village or commune, best first, with the province's target as a line. */
    static Chart parts(Component owner, List<String> names, List<Double> percents, Indicator indicator,
            IndicatorTarget target) {
        String name = owner.getTranslation("report.indicator." + indicator.name());
        Chart chart = Chart.horizontalBar(names, new Chart.Series(name, percents));
        percent(chart, owner, target);
        chart.setAriaLabel(owner.getTranslation("report.chart.parts", name));
        return chart;
    }

    static Chart trend(Component owner, List<MonthFigures> months, Indicator indicator, IndicatorTarget target) {
        String name = owner.getTranslation("report.indicator." + indicator.name());
        Chart chart = Chart.line(months.stream().map(month -> FigureText.month(month.month())).toList(),
                new Chart.Series(name, months.stream().map(month -> month.figure(indicator).percent()).toList()));
        percent(chart, owner, target);
        chart.setAriaLabel(owner.getTranslation("report.chart.trend", name));
        return chart;
    }

    static Chart topics(Component owner, List<TopicCompletions> topics) {
        String name = owner.getTranslation("report.trend.completions");
        Chart chart = Chart.bar(topics.stream().map(row -> owner.getTranslation("report.topic." + row.topic().name()))
                .toList(), new Chart.Series(name, topics.stream().map(row -> (double) row.completions()).toList()));
        chart.setAriaLabel(owner.getTranslation("report.chart.topics"));
        return chart;
    }

    private static void percent(Chart chart, Component owner, IndicatorTarget target) {
        chart.setUnit("%");
        chart.setMax(100.0);
        if (target != null) {
            chart.setTarget(target.percent(), owner.getTranslation("report.target.line", target.percent()));
        }
    }
}
