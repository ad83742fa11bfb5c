package vn.langso.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request of a run in this JVM: its kind, when it ended, how long it took and whether it failed (a wrong
 * status, an answer that did not show what a person expects, or a request that could not be made). Gatling 3.14's
 * own report is an HTML page only, so the figures written to JSON come from here.
 */
public final class LoadRecorder {

    /** One request. {@code millis} is -1 when no answer came (the request could not be made or sent). */
    record Sample(String kind, long endedAt, long millis, boolean ok, String error) {
    }

    /** p50 / p95 / p99 / max in ms over the requests that got an answer, and how many failed. */
    public record Figures(long count, long errors, long p50, long p95, long p99, long max) {

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("count", count);
            map.put("errors", errors);
            map.put("p50_ms", p50);
            map.put("p95_ms", p95);
            map.put("p99_ms", p99);
            map.put("max_ms", max);
            return map;
        }
    }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    private static final Map<String, Long> ERRORS = new ConcurrentHashMap<>();
    private static final Map<String, Long> EVENTS = new ConcurrentHashMap<>();

    private LoadRecorder() {
    }

    static void clear() {
        SAMPLES.clear();
        ERRORS.clear();
        EVENTS.clear();
    }

    /** Counts something the people got done (a lesson finished with its score shown). */
    static void count(String event) {
        EVENTS.merge(event, 1L, Long::sum);
    }

    public static Map<String, Long> events() {
        return new TreeMap<>(EVENTS);
    }

    static void record(String kind, long millis, boolean ok, String error) {
        SAMPLES.add(new Sample(kind, System.currentTimeMillis(), millis, ok, error));
        if (!ok) {
            ERRORS.merge(kind + ": " + (error == null ? "failed" : abbreviate(error)), 1L, Long::sum);
        }
    }

    /** Figures per kind and for "all", over the requests that ended between {@code from} and {@code to}. */
    public static Map<String, Figures> figures(long from, long to) {
        Map<String, List<Sample>> byKind = new TreeMap<>();
        List<Sample> all = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            if (sample.endedAt() >= from && sample.endedAt() <= to) {
                byKind.computeIfAbsent(sample.kind(), kind -> new ArrayList<>()).add(sample);
                all.add(sample);
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        byKind.forEach((kind, samples) -> figures.put(kind, figuresOf(samples)));
        figures.put("all", figuresOf(all));
        return figures;
    }

    public static Map<String, Figures> figures() {
        return figures(0, Long.MAX_VALUE);
    }

    /** How many times each error was seen, "kind: message". */
    public static Map<String, Long> errors() {
        return new TreeMap<>(ERRORS);
    }

    private static Figures figuresOf(List<Sample> samples) {
        long[] times = samples.stream().filter(sample -> sample.millis() >= 0).mapToLong(Sample::millis).sorted()
                .toArray();
        long errors = samples.stream().filter(sample -> !sample.ok()).count();
        return new Figures(samples.size(), errors, percentile(times, 50), percentile(times, 95),
                percentile(times, 99), times.length == 0 ? 0 : times[times.length - 1]);
    }

    /** The nearest-rank percentile of sorted times. */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String abbreviate(String error) {
        String line = error.lines().findFirst().orElse(error);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    static String describe(Map<String, Figures> figures) {
        StringBuilder text = new StringBuilder();
        figures.forEach((kind, f) -> text.append("%-28s %7d req %5d err  p50 %5d  p95 %5d  p99 %5d  max %6d ms%n"
                .formatted(kind, f.count(), f.errors(), f.p50(), f.p95(), f.p99(), f.max())));
        return text.toString();
    }
}
