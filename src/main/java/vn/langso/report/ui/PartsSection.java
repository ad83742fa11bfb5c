package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.langso.place.PlaceLevel;
import vn.langso.report.Dashboard;
import vn.langso.report.Indicator;
import vn.langso.report.IndicatorTarget;
import vn.langso.report.PlaceFigures;

/**
 * The same indicators per village (a commune's dashboard) or per commune (the province's, as a ranking): one
 * indicator at a time so it fits a phone, as a chart and as a sortable table.
 */
class PartsSection extends Div {

    private final Dashboard dashboard;
    private final boolean province;
    private final Div content = new Div();

    PartsSection(Dashboard dashboard) {
        // Kept to re-rank on another indicator: only the parts and targets, not the trend, topics and team activity
        // (issue 8: what a field holds stays in memory for as long as the page is open).
        this.dashboard = new Dashboard(dashboard.place(), dashboard.from(), dashboard.to(), dashboard.today(),
                dashboard.total(), dashboard.parts(), List.of(), List.of(), List.of(), List.of(), List.of(),
                dashboard.targets());
        this.province = dashboard.place().level() == PlaceLevel.PROVINCE;
        addClassName("report-section");
        ChoiceSelect<Indicator> indicator = new ChoiceSelect<>(getTranslation("report.parts.indicator"),
                List.of(Indicator.values()), item -> getTranslation("report.indicator." + item.name()), Indicator.REACHED);
        indicator.onChoice(this::show);
        add(new H3(getTranslation(province ? "report.parts.communes" : "report.parts.villages")), indicator, content);
        show(Indicator.REACHED);
    }

    private void show(Indicator indicator) {
        content.removeAll();
        Locale locale = getLocale();
        List<PlaceFigures> ranked = dashboard.ranked(indicator);
        IndicatorTarget target = dashboard.targets().get(indicator);
        content.add(Charts.parts(this, ranked, indicator, target));
        FigureTable<PlaceFigures> table = new FigureTable<>(getTranslation("report.indicator." + indicator.name()));
        if (province) {
            table.column(getTranslation("report.parts.rank"), part -> String.valueOf(ranked.indexOf(part) + 1),
                    Comparator.comparingInt(ranked::indexOf), true);
        }
        table.column(getTranslation(province ? "report.parts.commune" : "report.parts.village"), PlaceFigures::name,
                Comparator.comparing(PlaceFigures::name, vn.langso.common.VietnameseText.order()), false)
                .column("%", part -> FigureText.percent(part.figure(indicator), locale),
                        Comparator.comparingDouble(part -> FigureText.sortable(part.figure(indicator))), true)
                .column(getTranslation("report.parts.ratio"), part -> FigureText.ratio(part.figure(indicator), locale),
                        Comparator.comparingLong(part -> part.figure(indicator).numerator()), true)
                .rowClass(part -> target == null ? null
                        : "status-" + target.statusOf(part.figure(indicator)).name().toLowerCase(Locale.ROOT));
        table.setRows(ranked);
        content.add(table);
        if (province) {
            content.add(activityPerCommune(locale));
        }
    }

    private FigureTable<PlaceFigures> activityPerCommune(Locale locale) {
        FigureTable<PlaceFigures> table = new FigureTable<>(getTranslation("report.activity.perCommune"));
        table.column(getTranslation("report.parts.commune"), PlaceFigures::name,
                Comparator.comparing(PlaceFigures::name, vn.langso.common.VietnameseText.order()), false)
                .column(getTranslation("report.activity.inactiveTeams"),
                        part -> part.inactiveTeams() + "\u00a0/\u00a0" + part.teams(),
                        Comparator.comparingInt(PlaceFigures::inactiveTeams), true)
                .column(getTranslation("report.activity.inactiveMembers"),
                        part -> part.inactiveMembers() + "\u00a0/\u00a0" + part.members(),
                        Comparator.comparingInt(PlaceFigures::inactiveMembers), true)
                .column(getTranslation("report.activity.noTeam"), part -> String.valueOf(part.villagesWithoutTeam()),
                        Comparator.comparingInt(PlaceFigures::villagesWithoutTeam), true)
                .column(getTranslation("report.activity.visits"), part -> FigureText.count(part.visits(), locale),
                        Comparator.comparingLong(PlaceFigures::visits), true)
                .rowClass(part -> part.inactiveTeams() > 0 || part.villagesWithoutTeam() > 0 ? "flagged" : null);
        table.setRows(dashboard.parts());
        return table;
    }
}
