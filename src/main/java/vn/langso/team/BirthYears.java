package vn.langso.team;

import java.time.LocalDate;

/** The years of birth a team member can have: people of working age, 14 at the youngest (as the roster form says). */
public final class BirthYears {

    public static final int FIRST = 1920;
    static final int YOUNGEST_AGE = 14;

    private BirthYears() {
    }

    /** The latest year of birth a member can have on {@code today}. */
    public static int last(LocalDate today) {
        return today.getYear() - YOUNGEST_AGE;
    }

    static boolean valid(Integer year, LocalDate today) {
        return year == null || (year >= FIRST && year <= last(today));
    }
}
