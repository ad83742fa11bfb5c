package vn.langso.team;

import java.util.List;

/** What saving the roster would do. Saving is allowed only when no row is refused (all or nothing). */
public record RosterPreview(String fileName, List<RosterPreviewRow> rows, List<String> teamsToCreate) {

    public long count(RosterPreviewRow.Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public boolean canSave() {
        return count(RosterPreviewRow.Outcome.REFUSED) == 0 && !rows.isEmpty();
    }
}
