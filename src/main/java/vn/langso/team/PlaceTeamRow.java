package vn.langso.team;

import java.util.List;
import vn.langso.place.PlaceRef;

/** A commune or village with its team, if it has one. */
public record PlaceTeamRow(PlaceRef place, Long teamId, int activeMembers, String leaderName,
        List<TeamWarning> warnings) {

    public boolean hasTeam() {
        return teamId != null;
    }
}
