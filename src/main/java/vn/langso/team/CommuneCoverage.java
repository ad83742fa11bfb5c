package vn.langso.team;

import java.util.List;

/** A commune's teams: its own commune team and one row per village, villages without a team flagged. */
public record CommuneCoverage(PlaceTeamRow commune, List<PlaceTeamRow> villages) {

    public long villagesWithTeam() {
        return villages.stream().filter(PlaceTeamRow::hasTeam).count();
    }
}
