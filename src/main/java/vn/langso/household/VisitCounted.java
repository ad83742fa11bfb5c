package vn.langso.household;

import java.time.LocalDate;

/** A visit stored for the first time (a resend or a correction is not a new visit). */
public record VisitCounted(long villageId, LocalDate visitedOn) {
}
