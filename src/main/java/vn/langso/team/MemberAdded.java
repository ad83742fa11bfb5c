package vn.langso.team;

import java.util.List;

/** {@code knownPerson}: the phone number already belonged to someone, who was reused rather than entered twice. */
public record MemberAdded(long membershipId, boolean knownPerson, List<TeamWarning> warnings) {
}
