package vn.langso.report;

import java.time.LocalDate;

/** What the province aims for: {@code percent} of the indicator by {@code dueOn}. */
public record IndicatorTarget(Indicator indicator, int percent, LocalDate dueOn) {

    /** Points below the target that still count as close. */
    static final int NEAR_POINTS = 10;

    public TargetStatus statusOf(Figure figure) {
        Double value = figure.percent();
        if (value == null) {
            return TargetStatus.NO_DATA;
        }
        return value >= percent ? TargetStatus.MET : value >= percent - NEAR_POINTS ? TargetStatus.NEAR
                : TargetStatus.BEHIND;
    }
}
