package vn.langso.household;

import java.util.List;

/** What importing a household list into a village would do, row by row. Nothing is saved yet. */
public record HouseholdImportPreview(List<Row> rows) {

    /** The largest household list the import reads: 5 MB and 5,000 rows (a village has a few hundred). */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    public enum Outcome {
        ADD, ALREADY_LISTED, PROBLEM
    }

    /**
     * One row of the file as the import sees it. {@code problemKeys} are translation keys; a row with any is left
     * out of the import. ALREADY_LISTED: the register (or an earlier row) has the same head's name and address.
     */
    public record Row(int sourceRow, String headName, String address, String phone, Outcome outcome,
            List<String> problemKeys) {

        public Row {
            problemKeys = List.copyOf(problemKeys);
        }
    }

    public HouseholdImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
