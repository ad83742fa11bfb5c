package vn.langso.team;

import java.time.LocalDate;

/** A membership as the roster shows it; {@code phone} is E.164 (+84...), which is also the member's sign-in name. */
public record MemberRow(long membershipId, long teamId, long personId, String fullName, String phone, Gender gender,
        Integer birthYear, TeamRole role, Affiliation affiliation, LocalDate joinedOn, LocalDate leftOn,
        boolean hasAccount) {

    public boolean active() {
        return leftOn == null;
    }
}
