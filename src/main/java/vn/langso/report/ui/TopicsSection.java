package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Comparator;
import java.util.Locale;
import vn.langso.report.Dashboard;
import vn.langso.report.TopicCompletions;

/** Lessons completed per topic in the period. */
class TopicsSection extends Div {

    TopicsSection(Dashboard dashboard) {
        addClassName("report-section");
        Locale locale = getLocale();
        add(Charts.topics(this, dashboard.topics()));
        FigureTable<TopicCompletions> table = new FigureTable<>(getTranslation("report.topics.title"));
        table.column(getTranslation("report.topics.topic"), row -> getTranslation("report.topic." + row.topic().name()),
                Comparator.comparing(row -> row.topic().ordinal()), false)
                .column(getTranslation("report.trend.completions"), row -> FigureText.count(row.completions(), locale),
                        Comparator.comparingLong(TopicCompletions::completions), true);
        table.setRows(dashboard.topics());
        add(table);
    }
}
