package vn.langso.team;

/** A column of the file as the header names it; {@code field} is null when the column is ignored. */
public record RosterColumn(int index, String header, RosterField field) {
}
