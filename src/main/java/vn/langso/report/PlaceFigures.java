package vn.langso.report;

import java.util.Map;

/**
 * One place's figures for a period: the indicators as of the period's end, the visits and completions in it,
 * and its teams' activity in the last 30 days.
 */
public record PlaceFigures(long placeId, String name, Map<Indicator, Figure> indicators, long visits,
        long completions, long newLearners, int members, int inactiveMembers, int teams, int inactiveTeams,
        int villagesWithoutTeam) {

    public Figure figure(Indicator indicator) {
        return indicators.getOrDefault(indicator, Figure.NONE);
    }
}
