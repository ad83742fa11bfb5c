package vn.langso.household;

import java.time.LocalDate;
import java.util.List;

/** Everything held about one household: its register entry, profile history (oldest first) and visits. */
public record HouseholdRecord(HouseholdSummary household, List<ProfileEntry> profiles, List<LastVisit> visits) {

    public record ProfileEntry(LocalDate recordedOn, Readiness readiness) {
    }
}
