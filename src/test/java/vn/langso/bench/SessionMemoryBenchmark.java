package vn.langso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langso.support.DemoUsers;
import vn.langso.support.Machine;
import vn.langso.support.VaadinPhone;

/**
 * Benchmark, run on purpose (not part of `verify`):
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SessionMemoryBenchmark}
 * <p>
 * Memory each open session keeps on the server. The app runs in a JVM of its own, from the jar {@code verify} packaged
 * (production frontend bundle, demo data in an H2 file database under {@code target/perf/memory-db}, so stored rows are not on the heap); this JVM is
 * only the phones' side, so no client object is ever counted. For each main screen, {@value #BATCHES} batches of
 * sessions ({@code -Dlangso.bench.sessions}, default 1,000 per screen) are opened for real over HTTP: the sign-in
 * form (a real sign-in, Argon2 and all), the page, Vaadin's init request and the navigation to the route, so the UI
 * and its components exist on the server ({@link VaadinPhone}); the visit form also loads its worklist. After each
 * batch the app's live heap is read {@value #READINGS} times with {@code jcmd GC.class_histogram} (each reading is a
 * full GC; its total, without G1's filler arrays, is the live heap). KB per session = heap growth / sessions, per batch (its spread) and over all.
 * The class histogram's growth per session shows what holds the memory. Results: {@code target/perf/memory.json} and
 * a Markdown table on the console.
 * <p>
 * To measure only some screens, name them: {@code -Dlangso.bench.screens=dashboard} (comma-separated; the names
 * are those of {@link #SCREENS}: dashboard, lesson, visit form). A small count, e.g.
 * {@code -Dlangso.bench.sessions=200}, is enough to compare two versions of one screen.
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("langso.bench.sessions", 1000);
    private static final int BATCHES = 4;
    private static final int READINGS = 3;
    private static final int WARM_UP = 10;
    private static final int THREADS = 4;
    private static final double TARGET_KB = 100;
    private static final Path OUT = Path.of("target", "perf");
    /** How many classes the JSON names as the largest holders per session ({@code -Dlangso.bench.holders}). */
    private static final int HOLDERS = Integer.getInteger("langso.bench.holders", 12);

    /**
     * {@code acknowledges}: the page sends a small message of its own 2 s after its first answer (the dashboard does,
     * see OverviewView), which this phone, running no JavaScript, sends as an empty UIDL request.
     */
    record Screen(String name, String route, String username, String marker, boolean acknowledges) {
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("dashboard", "overview", DemoUsers.COMMUNE_LEADER, "overview", true),
            new Screen("lesson", "lessons/fake-links-and-prize-messages", DemoUsers.LEARNER, "lesson-counter", false),
            new Screen("visit form", "households", DemoUsers.TEAM_MEMBER, "visit-app", false))
            .stream().filter(screen -> System.getProperty("langso.bench.screens", "").isBlank()
                    || List.of(System.getProperty("langso.bench.screens").split(",")).contains(screen.name()))
            .toList();

    @Test
    void memoryPerOpenSession() throws Exception {
        Files.createDirectories(OUT);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process app = startApp(port);
        try {
            String base = "http://localhost:" + port;
            waitUntilUp(base, app);
            HttpClient http = VaadinPhone.client();
            Histogram empty = histogram(app.pid());
            System.out.printf("BENCHMARK memory: app started, live heap %.1f MB, load average %s%n",
                    empty.total / 1048576.0, Machine.loadAverage());
            for (Screen screen : SCREENS) {
                openSessions(http, base, screen, WARM_UP);
            }
            List<Long> baseline = readings(app.pid());
            Histogram before = histogram(app.pid());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("measuredAt", Instant.now().toString());
            result.put("machine", Machine.describe());
            result.put("method", "App in its own JVM (-Xmx2g, G1, H2 file database); sessions opened over HTTP "
                    + "(sign-in form, page, v-r=init, ui-navigate UIDL); live heap = total of jcmd GC.class_histogram "
                    + "(a full GC each) after each batch; " + WARM_UP + " sessions per screen opened before the "
                    + "baseline so that first-use caches are not counted");
            result.put("liveHeapNoSessionsBytes", empty.total);
            result.put("liveHeapAfterWarmUpBytes", baseline);
            result.put("targetKbPerSession", TARGET_KB);
            List<Map<String, Object>> screens = new ArrayList<>();
            long previous = min(baseline);
            for (Screen screen : SCREENS) {
                int perBatch = SESSIONS / BATCHES;
                List<Double> kbPerBatch = new ArrayList<>();
                List<List<Long>> heaps = new ArrayList<>();
                long start = previous;
                long started = System.nanoTime();
                String load = Machine.loadAverage();
                for (int batch = 0; batch < BATCHES; batch++) {
                    openSessions(http, base, screen, perBatch);
                    List<Long> heap = readings(app.pid());
                    heaps.add(heap);
                    kbPerBatch.add((min(heap) - previous) / 1024.0 / perBatch);
                    previous = min(heap);
                }
                double kb = (previous - start) / 1024.0 / (perBatch * BATCHES);
                Histogram after = histogram(app.pid());
                List<Map<String, Object>> holders = after.growthSince(before, perBatch * BATCHES, HOLDERS);
                before = after;
                List<Double> sorted = kbPerBatch.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "BENCHMARK memory %s: %.1f KB per session over %d sessions "
                                + "(batches of %d: %s KB), %d s to open, load average %s%n", screen.name, kb,
                        perBatch * BATCHES, perBatch, kbPerBatch.stream().map(v -> String.format(Locale.ROOT, "%.1f", v))
                                .collect(Collectors.joining(", ")),
                        (System.nanoTime() - started) / 1_000_000_000, load);
                holders.stream().limit(8).forEach(row -> System.out.printf(Locale.ROOT,
                        "BENCHMARK   %8.2f KB  %6.1f objects  %s%n", row.get("kbPerSession"),
                        row.get("instancesPerSession"), row.get("class")));
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("screen", screen.name);
                figures.put("route", "/" + screen.route);
                figures.put("account", screen.username);
                figures.put("sessions", perBatch * BATCHES);
                figures.put("kbPerSession", round(kb));
                figures.put("kbPerSessionPerBatch", kbPerBatch.stream().map(SessionMemoryBenchmark::round).toList());
                figures.put("kbPerSessionMin", round(sorted.getFirst()));
                figures.put("kbPerSessionMax", round(sorted.getLast()));
                figures.put("liveHeapReadingsPerBatchBytes", heaps);
                figures.put("meetsTarget", kb <= TARGET_KB);
                figures.put("firstResponseChars", responseChars.get(screen.name));
                figures.put("loadAverageAtStart", load);
                figures.put("largestHoldersPerSession", holders);
                screens.add(figures);
            }
            result.put("screens", screens);
            result.put("loadAverageAtEnd", Machine.loadAverage());
            Files.writeString(OUT.resolve("memory.json"),
                    new GsonBuilder().setPrettyPrinting().create().toJson(result), StandardCharsets.UTF_8);
            printTable(result, screens);
            assertThat(screens).isNotEmpty();
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static void printTable(Map<String, Object> result, List<Map<String, Object>> screens) {
        StringBuilder table = new StringBuilder("\n| screen | sessions | KB per session | batches (min–max) | target |\n"
                + "|---|---:|---:|---:|---|\n");
        for (Map<String, Object> screen : screens) {
            table.append(String.format(Locale.ROOT, "| %s (%s) | %d | %.1f | %.1f–%.1f | ≤ %.0f KB %s |%n",
                    screen.get("screen"), screen.get("route"), (Integer) screen.get("sessions"),
                    (Double) screen.get("kbPerSession"), (Double) screen.get("kbPerSessionMin"),
                    (Double) screen.get("kbPerSessionMax"), TARGET_KB,
                    Boolean.TRUE.equals(screen.get("meetsTarget")) ? "✔" : "✘"));
        }
        table.append(String.format(Locale.ROOT, "%nLive heap with no session: %.1f MB. Machine: %s%n",
                ((Long) result.get("liveHeapNoSessionsBytes")) / 1048576.0, result.get("machine")));
        System.out.println(table);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void openSessions(HttpClient http, String base, Screen screen, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opened.add(pool.submit(() -> {
                    VaadinPhone phone = new VaadinPhone(http, base).signIn(screen.username, DemoUsers.PASSWORD);
                    String first = phone.open(screen.route);
                    responseChars.merge(screen.name, (long) first.length(), Math::max);
                    if (!first.contains(screen.marker)) {
                        throw new IllegalStateException(screen.route + " did not open: "
                                + first.substring(0, Math.min(400, first.length())));
                    }
                    if (screen.acknowledges) {
                        phone.uidl("[]");
                    }
                    if (screen.route.equals("households")) {
                        phone.get("/api/worklist");
                    }
                    return null;
                }));
            }
            for (Future<?> future : opened) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The longest first answer (UIDL) of each screen, in characters: Vaadin keeps the last one per UI. */
    private static final Map<String, Long> responseChars = new java.util.concurrent.ConcurrentHashMap<>();

    private static Process startApp(int port) throws IOException {
        Path data = OUT.resolve("memory-db");
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        // The jar that `verify` has just packaged, as production runs it (with its production frontend bundle).
        Path jar;
        try (var jars = Files.list(Path.of("target"))) {
            jar = jars.filter(file -> file.getFileName().toString().matches("langso-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run `./mvnw verify`"));
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-XX:+UseG1GC", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-jar", jar.toString(),
                "--server.port=" + port, "--langso.data-dir=" + data.toAbsolutePath(),
                // Sessions are opened over some minutes and must all stay open until measured.
                "--server.servlet.session.timeout=3h", "--vaadin.heartbeatInterval=3600");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("memory-app.log").toFile()).start();
    }

    private static void waitUntilUp(String base, Process app) throws Exception {
        HttpClient http = VaadinPhone.client();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the app is running (see target/perf/memory-app.log)").isTrue();
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The app did not start in 8 minutes");
    }

    private static List<Long> readings(long pid) throws Exception {
        List<Long> heap = new ArrayList<>();
        for (int i = 0; i < READINGS; i++) {
            heap.add(histogram(pid).total);
        }
        return heap;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    /** {@code jcmd GC.class_histogram}: a full GC, then the live objects per class. */
    private static Histogram histogram(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Histogram histogram = new Histogram();
        for (String line : output.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            // G1 fills unused ends of regions with filler arrays: no object is alive there.
            if (parts.length >= 4 && parts[0].endsWith(":") && !parts[3].contains("jdk.internal.vm.Filler")) {
                histogram.bytes.put(parts[3], Long.parseLong(parts[2]));
                histogram.instances.put(parts[3], Long.parseLong(parts[1]));
                histogram.total += Long.parseLong(parts[2]);
            }
        }
        if (histogram.total == 0) {
            throw new IllegalStateException("No class histogram from jcmd: " + output);
        }
        return histogram;
    }

    private static final class Histogram {
        long total;
        final Map<String, Long> bytes = new HashMap<>();
        final Map<String, Long> instances = new HashMap<>();

        List<Map<String, Object>> growthSince(Histogram before, int sessions, int top) {
            return bytes.entrySet().stream()
                    .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.bytes.getOrDefault(entry.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .map(entry -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("class", entry.getKey());
                        row.put("kbPerSession", round(entry.getValue() / 1024.0 / sessions));
                        row.put("instancesPerSession", round((instances.getOrDefault(entry.getKey(), 0L)
                                - before.instances.getOrDefault(entry.getKey(), 0L)) / (double) sessions));
                        return row;
                    }).toList();
        }
    }
}
