package vn.langso.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last step of {@code scripts/perf.sh}: every {@code *.json} in the folder (load-N.json, memory.json,
 * page-weight.json, dashboard.json, ...) goes into {@code results.json} beside what the machine is, and a short
 * Markdown table of the load figures and the other files' headline numbers into {@code results.md}.
 */
public final class PerfSummary {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> NOT_RESULTS = List.of("results.json");

    private PerfSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/perf");
        Map<String, Object> machine = machine();
        Map<String, JsonNode> results = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted(PerfSummary::byKind)
                    .toList()) {
                String name = file.getFileName().toString();
                if (!NOT_RESULTS.contains(name)) {
                    results.put(name.substring(0, name.length() - ".json".length()), JSON.readTree(file.toFile()));
                }
            }
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("written", Instant.now().toString());
        all.put("machine", machine);
        all.put("results", results);
        JSON.writeValue(folder.resolve("results.json").toFile(), all);
        Files.writeString(folder.resolve("results.md"), markdown(machine, results), StandardCharsets.UTF_8);
    }

    /** load-500 before load-1000 before load-2000, then the others by name. */
    private static int byKind(Path a, Path b) {
        return key(a).compareTo(key(b));
    }

    private static String key(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith("load-")) {
            String number = name.replaceAll("\\D", "");
            return "0" + "0".repeat(Math.max(0, 8 - number.length())) + number;
        }
        return "1" + name;
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memory());
        machine.put("load_average_now", LoadRun.loadAverage());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")");
        machine.put("database", database());
        machine.put("vaadin", com.vaadin.flow.server.Platform.getVaadinVersion().orElse("?") + " (Flow "
                + com.vaadin.flow.server.Version.getFullVersion() + ")");
        machine.put("spring_boot", org.springframework.boot.SpringBootVersion.getVersion());
        return machine;
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst()
                    .orElse("?");
        } catch (IOException | RuntimeException unknown) {
            return "?";
        }
    }

    /** The server's version, read over the app's own connection settings (LANGSO_DB_*). */
    private static String database() {
        String url = System.getenv().getOrDefault("LANGSO_DB_URL", "jdbc:mysql://127.0.0.1:3306/langso_bench");
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("LANGSO_DB_USER", "root"),
                System.getenv().getOrDefault("LANGSO_DB_PASSWORD", ""));
                ResultSet version = connection.createStatement().executeQuery("select version()")) {
            version.next();
            String text = version.getString(1);
            return (text.toLowerCase().contains("mariadb") ? "MariaDB " : "MySQL ") + text;
        } catch (SQLException unreachable) {
            return "? (" + unreachable.getMessage() + ")";
        }
    }

    private static String markdown(Map<String, Object> machine, Map<String, JsonNode> results) {
        StringBuilder md = new StringBuilder("# Làng Số performance results\n\n");
        md.append("Machine: %s cores, %s memory, %s; %s; Vaadin %s; Spring Boot %s. Load average when summed up: %s.%n%n"
                .formatted(machine.get("cores"), machine.get("memory"), machine.get("java"), machine.get("database"),
                        machine.get("vaadin"), machine.get("spring_boot"), machine.get("load_average_now")));
        List<String> loads = results.keySet().stream().filter(name -> name.startsWith("load-")).toList();
        if (!loads.isEmpty()) {
            md.append("## Load (steady part after the ramp; sign-in over the whole run)\n\n");
            md.append("| users | request kind | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
            md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
            for (String load : loads) {
                JsonNode run = results.get(load);
                List<String> kinds = new ArrayList<>();
                run.path("whole_run").propertyNames().forEach(kinds::add);
                for (String kind : kinds) {
                    JsonNode f = kind.equals("sign-in") ? run.path("whole_run").path(kind) : run.path("steady").path(kind);
                    md.append("| %s | %s | %d | %d | %d | %d | %d | %d |%n".formatted(run.path("users").asInt(),
                            kind.equals("all") ? "**all**" : kind, f.path("count").asLong(), f.path("errors").asLong(),
                            f.path("p50_ms").asLong(), f.path("p95_ms").asLong(), f.path("p99_ms").asLong(),
                            f.path("max_ms").asLong()));
                }
                md.append("| %s | *load average before / after; app CPU* | %s / %s; %s s, %s ms per request | | | | | |%n"
                        .formatted(run.path("users").asInt(), run.path("load_average_before").asString(),
                                run.path("load_average_after").asString(), run.path("app_cpu_s").asString(),
                                run.path("app_cpu_ms_per_request").asString()));
            }
            md.append('\n');
        }
        results.forEach((name, result) -> {
            if (!name.startsWith("load-")) {
                md.append("## ").append(name).append("\n\n```json\n").append(abbreviate(result.toPrettyString()))
                        .append("\n```\n\n");
            }
        });
        md.append("Sources: ").append(String.join(", ", results.keySet().stream().map(name -> name + ".json")
                .toList())).append(" in this folder.\n");
        return md.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "\n…" : text;
    }
}
