package vn.langso.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A household's latest visit at a glance. {@code correctable}: the signed-in member made it today. */
public record LastVisit(String clientId, Instant visitedAt, LocalDate visitedOn, String by,
        Set<VisitActivity> activities, String note, boolean correctable) {
}
