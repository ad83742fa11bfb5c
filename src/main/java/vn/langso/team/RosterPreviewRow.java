package vn.langso.team;

import java.util.List;

/**
 * One member row of an uploaded roster as it would be saved: {@code sourceRow} is the row number the user sees in
 * Excel, {@code target} the team it goes to ("Thôn Nà Héc" or the commune), {@code phone} as Vietnamese write it.
 */
public record RosterPreviewRow(int sourceRow, String fullName, String phone, String target, Outcome outcome,
        List<RosterProblem> problems) {

    public enum Outcome {
        ADD, ALREADY_MEMBER, REFUSED
    }
}
