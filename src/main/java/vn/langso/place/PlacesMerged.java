package vn.langso.place;

import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the merge's transaction: communes {@code fromIds} became {@code toId} on {@code effectiveOn}.
 * Features whose records belong to a commune (teams, accounts) move them to the new one.
 */
public record PlacesMerged(List<Long> fromIds, long toId, LocalDate effectiveOn) {
}
