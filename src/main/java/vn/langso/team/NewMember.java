package vn.langso.team;

import java.time.LocalDate;

/** A member as typed or imported; {@code phone} is raw text, normalised by the service. */
public record NewMember(String fullName, String phone, Gender gender, Integer birthYear, TeamRole role,
        Affiliation affiliation, LocalDate joinedOn) {
}
