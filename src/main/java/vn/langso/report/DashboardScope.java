package vn.langso.report;

import java.time.YearMonth;
import vn.langso.place.PlaceRef;

/** A dashboard request checked against the caller's scope: the place and the months, inclusive. */
public record DashboardScope(PlaceRef place, YearMonth from, YearMonth to) {
}
