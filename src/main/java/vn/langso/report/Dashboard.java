package vn.langso.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.langso.place.PlaceRef;

/**
 * What a leader sees for one place and period: the totals, the same per village (for a commune) or per commune
 * (for a province), the month-by-month trend, completions by topic, team activity and the province's targets.
 */
public record Dashboard(PlaceRef place, YearMonth from, YearMonth to, LocalDate today, PlaceFigures total,
        List<PlaceFigures> parts, List<MonthFigures> trend, List<TopicCompletions> topics,
        List<MemberActivity> members, List<TeamActivity> teams, List<String> villagesWithoutTeam,
        Map<Indicator, IndicatorTarget> targets) {

    /** Figures in ranking order: the highest percentage first, figures with nothing to measure last. */
    public static final Comparator<Figure> BEST_FIRST = Comparator.comparing(Figure::percent,
            Comparator.nullsLast(Comparator.reverseOrder()));

    /** Parts ranked on an indicator, best first; places with nothing to measure last. */
    public List<PlaceFigures> ranked(Indicator indicator) {
        return parts.stream().sorted(Comparator.comparing((PlaceFigures part) -> part.figure(indicator), BEST_FIRST))
                .toList();
    }

    public TargetStatus status(Indicator indicator, Figure figure) {
        IndicatorTarget target = targets.get(indicator);
        return target == null ? TargetStatus.NO_DATA : target.statusOf(figure);
    }
}
