package vn.langso.privacy;

import java.time.Instant;

/**
 * A request as the province administrator sees it; {@code label} says whom it is about (household number, phone),
 * {@code placeId} where they live.
 */
public record DataRequest(long id, DataRequestKind kind, DataSubject subject, long subjectId, String label,
        long placeId, Instant receivedAt, Instant dueAt, Instant doneAt, String doneBy) {

    public boolean overdue(Instant now) {
        return doneAt == null && now.isAfter(dueAt);
    }
}
