package vn.langso.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Vietnamese people write them: dd/MM/yyyy, in both languages. The date picker is in {@link DatePickers}: a
 * class that mentions a component brings its JavaScript to every screen that uses the class, and many screens only
 * show dates (a lesson, issue 8).
 */
public final class Dates {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
