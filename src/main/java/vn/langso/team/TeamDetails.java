package vn.langso.team;

import java.util.List;
import vn.langso.place.PlaceRef;

public record TeamDetails(long teamId, long version, PlaceRef place, TeamLevel level, TeamStatus status,
        TeamDecision decision, List<MemberRow> members, List<MemberRow> formerMembers, int maxMembers,
        List<TeamWarning> warnings) {
}
