package vn.langso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.learning.Topic;
import vn.langso.report.Dashboard;
import vn.langso.report.DashboardQuery;
import vn.langso.report.DashboardService;
import vn.langso.report.Indicator;
import vn.langso.report.MonthFigures;
import vn.langso.report.TopicCompletions;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/**
 * Benchmark, run on purpose (not part of `verify`), on the local MariaDB:
 * {@code ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBenchmark}
 * <p>
 * A whole province in database {@code langso_bench}: 100 communes, about 2,000 villages, 1,850 teams, 9,700 members,
 * 500,000 households, a year of visits, 1.5 million learners and 5 million completions. The first run generates it
 * (the demo generator at these settings, some minutes); later runs reuse it when it is complete (the completions
 * are all there and the dashboards' summary counts them all), else it is dropped and made again.
 * {@code -Dlangso.bench.small=true} does the same with the small demo in {@code langso_bench_small}.
 * <p>
 * It measures {@link DashboardService#dashboard} for the last twelve months as the demo commune leader (their
 * commune) and as the province admin (the province): {@value #WARM_UP} warm-up calls, then {@value #MEASURED}
 * measured. For comparison it also times the plain way, the same headline numbers grouped from the raw records
 * (households and readiness per commune, completions per topic per commune, visits per month), and checks that
 * both ways give the same province totals. Figures go to the console ({@code BENCHMARK} lines and a Markdown table)
 * and to {@code target/benchmarks/dashboard.json}.
 */
class DashboardBenchmark {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;
    private static final int PLAIN_RUNS = 5;
    private static final boolean SMALL = Boolean.getBoolean("langso.bench.small");
    private static final String DATABASE = SMALL ? "langso_bench_small" : "langso_bench";
    private static final long COMPLETIONS = SMALL ? 0 : 5_000_000;
    private static final String[] PROVINCE = {"--langso.demo.scale=9", "--langso.demo.villages-per-commune=20",
            "--langso.demo.largest-village-team=7", "--langso.demo.households-per-village=250",
            "--langso.demo.learners=1500000", "--langso.demo.completions=" + COMPLETIONS};

    @Test
    void dashboardsOfACommuneAndOfTheProvince() throws Exception {
        boolean reused = dropUnlessComplete();
        List<String> settings = new ArrayList<>(List.of("--LANGSO_DEMO=true"));
        if (!SMALL) {
            settings.addAll(List.of(PROVINCE));
        }
        long starting = System.nanoTime();
        try (MariaDbApp app = MariaDbApp.kept(DATABASE, settings.toArray(String[]::new))) {
            long startMs = (System.nanoTime() - starting) / 1_000_000;
            JdbcClient jdbc = app.bean(JdbcClient.class);
            DashboardService dashboards = app.bean(DashboardService.class);
            Map<String, Long> rows = rowCounts(jdbc);
            System.out.printf("BENCHMARK dashboard: %s, %d cores, Java %s, %s in %d ms%n", version(jdbc),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    reused ? "province reused, app started" : "province generated, app started", startMs);
            System.out.println("BENCHMARK dashboard rows: " + rows);

            DashboardQuery lastTwelveMonths = new DashboardQuery(null, null, null);
            Supplier<Dashboard> ofTheCommune = () -> AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER",
                    () -> dashboards.dashboard(lastTwelveMonths));
            Supplier<Dashboard> ofTheProvince = () -> AsUser.provinceAdmin(
                    () -> dashboards.dashboard(lastTwelveMonths));
            assertThat(ofTheCommune.get().total().figure(Indicator.REACHED).numerator()).isPositive();
            assertThat(ofTheProvince.get().parts()).hasSizeGreaterThan(1);
            long[] commune = time(WARM_UP, MEASURED, ofTheCommune::get);
            long[] province = time(WARM_UP, MEASURED, ofTheProvince::get);

            String path = jdbc.sql("select p.path from place p join user_account u on u.place_id = p.id "
                    + "where u.username = ?").param(DemoUsers.PROVINCE_ADMIN).query(String.class).single();
            PlainQueries plain = new PlainQueries(jdbc, path + "%");
            Map<String, long[]> plainTimes = new LinkedHashMap<>();
            plainTimes.put("households and readiness per commune", time(1, PLAIN_RUNS, plain::householdsPerCommune));
            plainTimes.put("completions per topic per commune",
                    time(1, PLAIN_RUNS, plain::completionsPerTopicPerCommune));
            plainTimes.put("visits per month", time(1, PLAIN_RUNS, plain::visitsPerMonth));
            System.out.print(table(commune, province, plainTimes));
            write(rows, reused, startMs, commune, province, plainTimes, version(jdbc));
            checkTheSameTotals(dashboards, plain);
        }
    }

    /** True if the database holds a complete province (it is then reused), else it is dropped to be made again. */
    private static boolean dropUnlessComplete() throws SQLException {
        if (!MariaDbApp.canConnect()) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection(MariaDbApp.SERVER, "root", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables "
                    + "where table_schema = '" + DATABASE + "' and table_name = 'place_month_figures'")) {
                tables.next();
                if (tables.getLong(1) == 0) {
                    statement.execute("drop database if exists " + DATABASE);
                    return false;
                }
            }
            String sums = Arrays.stream(Topic.values()).map(topic -> "done_" + topic.name().toLowerCase(Locale.ROOT))
                    .reduce((a, b) -> a + " + " + b).orElseThrow();
            try (ResultSet counts = statement.executeQuery("select (select count(*) from " + DATABASE
                    + ".lesson_completion), (select coalesce(sum(" + sums + "), 0) from " + DATABASE
                    + ".place_month_figures)")) {
                counts.next();
                long completions = counts.getLong(1);
                // "at least": the load test (scripts/perf.sh) runs on this province and adds a few completions
                boolean complete = completions > 0 && completions == counts.getLong(2)
                        && (COMPLETIONS == 0 || completions >= COMPLETIONS);
                if (!complete) {
                    System.out.printf("BENCHMARK dashboard: %s is incomplete (%d completions), made again%n",
                            DATABASE, completions);
                    statement.execute("drop database " + DATABASE);
                }
                return complete;
            }
        }
    }

    /** Sorted times of {@code measured} runs after {@code warmUp} unmeasured ones. */
    private static long[] time(int warmUp, int measured, Runnable work) {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        long[] times = new long[measured];
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        return times;
    }

    /** The headline numbers straight from the records, grouped in SQL, for a subtree. */
    private record PlainQueries(JdbcClient jdbc, String pathPattern) {

        /** Per commune: households, reached, smartphone yes / asked, fibre yes / asked, and the other answers. */
        Map<Long, long[]> householdsPerCommune() {
            String[] answers = {"bank_or_wallet", "vneid_level2", "online_service", "pays_cashless"};
            StringBuilder sums = new StringBuilder("""
                    count(*), sum(case when h.visit_count > 0 then 1 else 0 end),
                    sum(case when h.smartphones > 0 then 1 else 0 end),
                    sum(case when h.smartphones is not null then 1 else 0 end),
                    sum(case when h.internet = 'FIBRE' then 1 else 0 end),
                    sum(case when h.internet is not null then 1 else 0 end)""");
            for (String answer : answers) {
                sums.append(", sum(case when h.").append(answer).append(" then 1 else 0 end), sum(case when h.")
                        .append(answer).append(" is not null then 1 else 0 end)");
            }
            Map<Long, long[]> result = new HashMap<>();
            jdbc.sql("select v.parent_id, " + sums + " from household h join place v on v.id = h.village_id "
                    + "where v.path like ? and h.removed_at is null group by v.parent_id").param(pathPattern)
                    .query(rs -> {
                        long[] values = new long[6 + 2 * answers.length];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getLong(2 + i);
                        }
                        result.put(rs.getLong(1), values);
                    });
            return result;
        }

        Map<String, Long> completionsPerTopicPerCommune() {
            Map<String, Long> result = new HashMap<>();
            jdbc.sql("""
                    select v.parent_id, l.topic, count(*) from lesson_completion c join lesson l on l.id = c.lesson_id
                    join place v on v.id = c.place_id where v.path like ? group by v.parent_id, l.topic""")
                    .param(pathPattern).query(rs -> {
                        result.put(rs.getLong(1) + " " + rs.getString(2), rs.getLong(3));
                    });
            return result;
        }

        Map<YearMonth, Long> visitsPerMonth() {
            Map<YearMonth, Long> result = new HashMap<>();
            jdbc.sql("""
                    select year(v.visited_on), month(v.visited_on), count(*) from visit v
                    join place p on p.id = v.village_id where p.path like ?
                    group by year(v.visited_on), month(v.visited_on)""").param(pathPattern).query(rs -> {
                        result.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3));
                    });
            return result;
        }
    }

    /** The summary and the records agree: the same households, answers, completions per topic, visits per month. */
    private static void checkTheSameTotals(DashboardService dashboards, PlainQueries plain) {
        YearMonth thisMonth = AsUser.provinceAdmin(dashboards::thisMonth);
        Dashboard everything = AsUser.provinceAdmin(() -> dashboards.dashboard(
                new DashboardQuery(null, thisMonth.minusMonths(DashboardService.LONGEST_PERIOD_MONTHS - 1),
                        thisMonth)));
        long[] households = plain.householdsPerCommune().values().stream().reduce(new long[14], (a, b) -> {
            long[] sum = a.clone();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += b[i];
            }
            return sum;
        });
        assertThat(everything.total().figure(Indicator.REACHED).denominator()).isEqualTo(households[0]);
        assertThat(everything.total().figure(Indicator.REACHED).numerator()).isEqualTo(households[1]);
        assertThat(everything.total().figure(Indicator.SMARTPHONE).numerator()).isEqualTo(households[2]);
        assertThat(everything.total().figure(Indicator.SMARTPHONE).denominator()).isEqualTo(households[3]);
        assertThat(everything.total().figure(Indicator.FIBRE).numerator()).isEqualTo(households[4]);
        assertThat(everything.total().figure(Indicator.PAYS_CASHLESS).numerator()).isEqualTo(households[12]);
        Map<String, Long> perTopic = plain.completionsPerTopicPerCommune();
        for (TopicCompletions topic : everything.topics()) {
            assertThat(perTopic.entrySet().stream().filter(e -> e.getKey().endsWith(" " + topic.topic().name()))
                    .mapToLong(Map.Entry::getValue).sum()).as("%s", topic.topic()).isEqualTo(topic.completions());
        }
        Map<YearMonth, Long> visits = plain.visitsPerMonth();
        for (MonthFigures month : everything.trend()) {
            assertThat(month.visits()).as("visits in %s", month.month())
                    .isEqualTo(visits.getOrDefault(month.month(), 0L));
        }
    }

    private static Map<String, Long> rowCounts(JdbcClient jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("place", "team", "team_membership", "user_account", "household", "visit",
                "household_profile", "lesson_attempt", "lesson_completion", "place_month_figures")) {
            rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        rows.put("learners", jdbc.sql("select count(distinct learner_key) from lesson_completion")
                .query(Long.class).single());
        return rows;
    }

    private static String version(JdbcClient jdbc) {
        return "MariaDB " + jdbc.sql("select version()").query(String.class).single();
    }

    private static String table(long[] commune, long[] province, Map<String, long[]> plain) {
        StringBuilder table = new StringBuilder("""
                | what | runs | p50 ms | p95 ms | max ms |
                |---|---:|---:|---:|---:|
                """);
        table.append(row("commune dashboard (summary), commune leader", commune));
        table.append(row("province dashboard (summary), province admin", province));
        long total = 0;
        for (Map.Entry<String, long[]> query : plain.entrySet()) {
            table.append(row("plain query, province: " + query.getKey(), query.getValue()));
            total += percentile(query.getValue(), 50);
        }
        table.append(String.format(Locale.ROOT,
                "| plain queries, province: the three together (sum of p50) | | %.0f | | |%n", ms(total)));
        return table.toString();
    }

    private static String row(String what, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", what, sorted.length,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]));
    }

    private static void write(Map<String, Long> rows, boolean reused, long startMs, long[] commune, long[] province,
            Map<String, long[]> plain, String database) throws Exception {
        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"database\": \"%s\",%n  \"cores\": %d,%n  \"java\": \"%s\",%n",
                database, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        json.append(String.format(Locale.ROOT, "  \"provinceReused\": %b,%n  \"appStartMs\": %d,%n", reused, startMs));
        json.append("  \"rows\": {");
        json.append(String.join(", ", rows.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).toList()));
        json.append("},\n");
        json.append("  \"communeDashboard\": ").append(stats(commune)).append(",\n");
        json.append("  \"provinceDashboard\": ").append(stats(province)).append(",\n");
        json.append("  \"plainQueries\": {");
        json.append(String.join(", ", plain.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + stats(e.getValue())).toList()));
        json.append("}\n}\n");
        Path out = Path.of(System.getProperty("basedir", "."), "target", "benchmarks", "dashboard.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.println("BENCHMARK dashboard: written to " + out.toAbsolutePath().normalize());
    }

    private static String stats(long[] sorted) {
        return String.format(Locale.ROOT, "{\"n\": %d, \"p50Ms\": %.3f, \"p95Ms\": %.3f, \"maxMs\": %.3f}",
                sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]));
    }

    /** Nearest rank. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
