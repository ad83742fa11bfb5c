package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.langso.place.PlaceLevel;
import vn.langso.report.Dashboard;
import vn.langso.report.Indicator;
import vn.langso.report.IndicatorTarget;

/**
 * The same indicators per village (a commune's dashboard) or per commune (the province's, as a ranking): one
 * indicator at a time so it fits a phone, as a chart and as a sortable table.
 */
class PartsSection extends Div {

    /**
     * Kept to re-rank on another indicator: only the parts' names and counts, compactly, and the targets; not the
     * trend, topics and team activity (issue 8: what a field holds stays in memory for as long as the page is open).
     */
    private final PartNumbers parts;
    private final Map<Indicator, IndicatorTarget> targets;
    private final boolean province;
    private final Div content = new Div();

    PartsSection(Dashboard dashboard) {
        this.parts = new PartNumbers(dashboard.parts());
        this.targets = dashboard.targets();
        this.province = dashboard.place().level() == PlaceLevel.PROVINCE;
        addClassName("report-section");
        ChoiceSelect<Indicator> indicator = new ChoiceSelect<>(getTranslation("report.parts.indicator"),
                List.of(Indicator.values()), item -> getTranslation("report.indicator." + item.name()), Indicator.REACHED)
                .sameForEveryone();
        indicator.onChoice(this::show);
        add(new H3(getTranslation(province ? "report.parts.communes" : "report.parts.villages")), indicator, content);
        show(Indicator.REACHED);
    }

    private void show(Indicator indicator) {
        content.removeAll();
        Locale locale = getLocale();
        List<Integer> ranked = parts.ranked(indicator);
        IndicatorTarget target = targets.get(indicator);
        content.add(Charts.parts(this, ranked.stream().map(parts::name).toList(),
                ranked.stream().map(part -> parts.figure(part, indicator).percent()).toList(), indicator, target));
        FigureTable<Integer> table = new FigureTable<>(getTranslation("report.indicator." + indicator.name()));
        if (province) {
            table.column(getTranslation("report.parts.rank"), part -> String.valueOf(ranked.indexOf(part) + 1),
                    Comparator.comparingInt(ranked::indexOf), true);
        }
        table.column(getTranslation(province ? "report.parts.commune" : "report.parts.village"), parts::name,
                Comparator.comparing(parts::name, vn.langso.common.VietnameseText.order()), false)
                .column("%", part -> FigureText.percent(parts.figure(part, indicator), locale),
                        Comparator.comparingDouble(part -> FigureText.sortable(parts.figure(part, indicator))), true)
                .column(getTranslation("report.parts.ratio"), part -> FigureText.ratio(parts.figure(part, indicator), locale),
                        Comparator.comparingLong(part -> parts.figure(part, indicator).numerator()), true)
                .rowClass(part -> target == null ? null
                        : "status-" + target.statusOf(parts.figure(part, indicator)).name().toLowerCase(Locale.ROOT));
        table.setRows(ranked);
        content.add(table);
        if (province) {
            content.add(activityPerCommune(locale));
        }
    }

    private FigureTable<Integer> activityPerCommune(Locale locale) {
        FigureTable<Integer> table = new FigureTable<>(getTranslation("report.activity.perCommune"));
        table.column(getTranslation("report.parts.commune"), parts::name,
                Comparator.comparing(parts::name, vn.langso.common.VietnameseText.order()), false)
                .column(getTranslation("report.activity.inactiveTeams"),
                        part -> parts.inactiveTeams(part) + "\u00a0/\u00a0" + parts.teams(part),
                        Comparator.comparingInt(parts::inactiveTeams), true)
                .column(getTranslation("report.activity.inactiveMembers"),
                        part -> parts.inactiveMembers(part) + "\u00a0/\u00a0" + parts.members(part),
                        Comparator.comparingInt(parts::inactiveMembers), true)
                .column(getTranslation("report.activity.noTeam"), part -> String.valueOf(parts.villagesWithoutTeam(part)),
                        Comparator.comparingInt(parts::villagesWithoutTeam), true)
                .column(getTranslation("report.activity.visits"), part -> FigureText.count(parts.visits(part), locale),
                        Comparator.comparingLong(parts::visits), true)
                .rowClass(part -> parts.inactiveTeams(part) > 0 || parts.villagesWithoutTeam(part) > 0 ? "flagged" : null);
        table.setRows(parts.all());
        return table;
    }
}
