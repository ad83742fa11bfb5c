package vn.langso.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access matrix as docs/SECURITY.md declares it: for each screen, HTTP endpoint and service method, what each
 * kind of caller gets ({@code —} refused, {@code home}, {@code public}, {@code all}, {@code own}, {@code village},
 * {@code commune}, {@code province}). The document is the only copy, so it cannot drift from what the tests check.
 */
public record AccessMatrix(Map<String, Map<String, Row>> tables) {

    public static final String SCREENS = "Screens";
    public static final String ENDPOINTS = "HTTP endpoints";
    public static final String SERVICES = "Service methods";
    /** The kinds of caller, in the order of the table's columns. */
    public static final List<String> CALLERS = List.of("anonymous", "LEARNER", "TEAM_MEMBER", "COMMUNE_LEADER",
            "PROVINCE_ADMIN");
    public static final String REFUSED = "—";
    public static final String HOME = "home";

    /** One row: what it is, and the cell for each caller. */
    public record Row(String key, String action, Map<String, String> cells) {

        public boolean refuses(String caller) {
            return REFUSED.equals(cells.get(caller));
        }

        public String cell(String caller) {
            return cells.get(caller);
        }
    }

    public static AccessMatrix read() {
        return parse(Path.of("docs", "SECURITY.md"));
    }

    static AccessMatrix parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Row>> tables = new LinkedHashMap<>();
        boolean inMatrix = false;
        Map<String, Row> table = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inMatrix = line.startsWith("## Access matrix");
                table = null;
            } else if (inMatrix && line.startsWith("### ")) {
                table = new LinkedHashMap<>();
                tables.put(line.substring(4).trim(), table);
            } else if (table != null && line.startsWith("| ")) {
                List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                        .map(String::trim).toList();
                if (cells.size() != 2 + CALLERS.size()) {
                    throw new IllegalStateException("A matrix row needs " + (2 + CALLERS.size()) + " cells: " + line);
                }
                if (!cells.getFirst().startsWith("`")) {
                    if (!cells.subList(2, cells.size()).equals(CALLERS) && !cells.getFirst().startsWith("---")) {
                        throw new IllegalStateException("The matrix's columns must be " + CALLERS + ": " + line);
                    }
                    continue;
                }
                String key = cells.getFirst().replace("`", "");
                Map<String, String> byCaller = new LinkedHashMap<>();
                for (int i = 0; i < CALLERS.size(); i++) {
                    byCaller.put(CALLERS.get(i), cells.get(2 + i));
                }
                if (table.put(key, new Row(key, cells.get(1), byCaller)) != null) {
                    throw new IllegalStateException("Two rows for " + key);
                }
            }
        }
        for (String name : List.of(SCREENS, ENDPOINTS, SERVICES)) {
            if (!tables.containsKey(name) || tables.get(name).isEmpty()) {
                throw new IllegalStateException("docs/SECURITY.md has no table \"### " + name + "\" in its access matrix");
            }
        }
        return new AccessMatrix(tables);
    }

    public Map<String, Row> table(String name) {
        return tables.get(name);
    }

    /** How many cells the matrix declares, for the report. */
    public int cellCount() {
        return tables.values().stream().mapToInt(Map::size).sum() * CALLERS.size();
    }
}
