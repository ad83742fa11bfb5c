package vn.langso.team;

import java.util.List;

/** What saving the roster would do. Saving is allowed only when no row is refused (all or nothing). */
public record RosterPreview(String fileName, List<RosterPreviewRow> rows, List<String> teamsToCreate) {

    public long count(RosterPreviewRow.Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    /** All or nothing: no row refused, and something new to add. */
    public boolean canSave() {
        return count(RosterPreviewRow.Outcome.REFUSED) == 0 && count(RosterPreviewRow.Outcome.ADD) > 0;
    }

    public boolean nothingNew() {
        return count(RosterPreviewRow.Outcome.REFUSED) == 0 && count(RosterPreviewRow.Outcome.ADD) == 0;
    }
}
