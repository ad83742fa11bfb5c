package vn.langso.household;

import java.time.Instant;
import java.util.Set;

/**
 * A visit as the phone sends it: either {@code householdId} or {@code newHousehold}. {@code correction} marks a
 * same-day correction of a visit already sent under the same {@code clientId}.
 */
public record VisitSubmission(String clientId, Long householdId, NewHousehold newHousehold, Instant visitedAt,
        Set<VisitActivity> activities, Readiness profile, String note, boolean consent, Position position,
        boolean correction) {

    public static final int MAX_NOTE = 500;
}
