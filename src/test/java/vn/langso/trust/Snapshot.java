package vn.langso.trust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every saved row, by table and id, to tell which records a run of inputs changed or removed. */
final class Snapshot {

    private Snapshot() {
    }

    static Map<String, Map<String, String>> of(JdbcClient jdbc) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                select lower(table_name) from information_schema.tables
                where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by 1""").query(String.class)
                .list()) {
            Map<String, String> rows = new LinkedHashMap<>();
            jdbc.sql("select * from " + table).query((row, index) -> {
                StringBuilder text = new StringBuilder();
                String id = null;
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String shown = row.getString(column);
                    if (row.getMetaData().getColumnLabel(column).equalsIgnoreCase("id")) {
                        id = shown;
                    }
                    text.append(shown).append('|');
                }
                // Change history (Envers *_aud) is kept per id and revision: a row is known by all of it.
                rows.put(id == null || table.endsWith("_aud") ? text.toString() : id, text.toString());
                return null;
            }).list();
            tables.put(table, rows);
        }
        return tables;
    }

    /**
     * Rows removed or changed between two snapshots, except in {@code mayChange} ("table" for any row of it,
     * "table:id" for one row). New rows are not counted: they are what valid input is meant to create.
     */
    static List<String> changes(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after,
            Set<String> mayChange) {
        List<String> changes = new ArrayList<>();
        before.forEach((table, rows) -> rows.forEach((id, row) -> {
            String now = after.getOrDefault(table, Map.of()).get(id);
            if (!row.equals(now) && !mayChange.contains(table) && !mayChange.contains(table + ":" + id)) {
                changes.add(table + ":" + id + (now == null ? " removed" : " changed: " + row + " -> " + now));
            }
        }));
        return changes;
    }
}
