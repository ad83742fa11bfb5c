package vn.langso.household;

import java.time.LocalDate;

/** Published inside the transaction that changed a household, so the dashboards' sums change with it. */
public record HouseholdFiguresChanged(HouseholdFigures before, HouseholdFigures after, LocalDate on) {
}
