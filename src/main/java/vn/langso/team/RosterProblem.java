package vn.langso.team;

/** Why a roster row cannot be saved (or what to look at), as a translation key with its arguments. */
public record RosterProblem(String messageKey, boolean blocking, Object... args) {
}
