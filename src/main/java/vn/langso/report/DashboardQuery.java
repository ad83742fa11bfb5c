package vn.langso.report;

import java.time.YearMonth;

/** Which place (null: the user's own) and which months, inclusive. */
public record DashboardQuery(Long placeId, YearMonth from, YearMonth to) {
}
