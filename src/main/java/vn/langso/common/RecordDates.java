package vn.langso.common;

import java.time.LocalDate;

/**
 * The dates a person may give the records of this app: a team's decision, joining and leaving a team, a place's
 * rename or merge. They are entered now, about the present and the recent past, so none is before
 * {@link #EARLIEST}; the screens say so at the field, and the services refuse anything else (a tampered browser
 * can send 01/01/0001 or 31/12/9999, which MariaDB's DATE cannot even hold).
 */
public final class RecordDates {

    /** No team, membership or place change in this app is older than this. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private RecordDates() {
    }

    /** The latest date a place's rename or merge can take effect from: a year ahead, as they are decided ahead. */
    public static LocalDate latestPlaceChange(LocalDate today) {
        return today.plusYears(1);
    }

    /** Is the date from {@link #EARLIEST} to {@code latest}, both included. */
    public static boolean within(LocalDate date, LocalDate latest) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest);
    }
}
