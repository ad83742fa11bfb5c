package vn.langso.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@link LangSoLoad} in this JVM with Gatling (settings: {@link LoadSettings}) and writes its figures as JSON:
 * per request kind and for all requests, over the whole run and over the steady part after the ramp, with the load
 * average of the machine before and after. {@code scripts/perf.sh} runs it with {@code main}; {@code LoadSmokeIT}
 * with {@link #run}.
 */
public final class LoadRun {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What a run measured. */
    public record Result(int gatlingStatus, Map<String, LoadRecorder.Figures> whole,
            Map<String, LoadRecorder.Figures> steady, Map<String, Long> errors, Map<String, Long> events) {
    }

    private LoadRun() {
    }

    /**
     * {@code -Dlangso.load.output=target/perf/load-500.json} (default: load-USERS.json in target/perf), Gatling's
     * HTML report under {@code -Dlangso.load.results} (default target/gatling). Exits 1 if any request failed.
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(System.getProperty("langso.load.output",
                "target/perf/load-" + Integer.getInteger("langso.load.users", 10) + ".json"));
        Result result = run(Path.of(System.getProperty("langso.load.results", "target/gatling")), output);
        System.exit(result.gatlingStatus() == 0 && result.whole().get("all").errors() == 0 ? 0 : 1);
    }

    /** Runs the simulation, prints the figures and writes them to {@code output} (if not null). */
    public static Result run(Path resultsFolder, Path output) throws IOException {
        LoadRecorder.clear();
        String loadBefore = loadAverage();
        String appPid = System.getProperty("langso.load.app-pid", "");
        double appCpuBefore = cpuSeconds(appPid);
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"-s", LangSoLoad.class.getName(),
                "-rf", resultsFolder.toString()});
        long ended = System.currentTimeMillis();
        String loadAfter = loadAverage();
        double appCpu = cpuSeconds(appPid) - appCpuBefore;
        LoadSettings settings = LoadSettings.last();
        long started = settings.started();
        long steadyFrom = started + settings.rampSeconds() * 1000L;
        long steadyTo = settings.end().toEpochMilli();
        Result result = new Result(status, LoadRecorder.figures(), LoadRecorder.figures(steadyFrom, steadyTo),
                LoadRecorder.errors(), LoadRecorder.events());
        System.out.println("LOAD " + settings.users() + " users, whole run:\n" + LoadRecorder.describe(result.whole()));
        System.out.println("LOAD " + settings.users() + " users, steady (after the ramp):\n"
                + LoadRecorder.describe(result.steady()));
        result.errors().forEach((error, count) -> System.out.println("LOAD error x" + count + ": " + error));
        System.out.println("LOAD done: " + result.events());
        if (output != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("what", "load");
            json.put("users", settings.users());
            int[] split = settings.split();
            json.put("learners", split[0]);
            json.put("team_members", split[1]);
            json.put("leaders", split[2]);
            json.put("ramp_s", settings.rampSeconds());
            json.put("steady_s", settings.steadySeconds());
            json.put("think_factor", settings.thinkFactor());
            json.put("url", settings.url());
            json.put("started", Instant.ofEpochMilli(started).toString());
            json.put("ended", Instant.ofEpochMilli(ended).toString());
            json.put("load_average_before", loadBefore);
            json.put("load_average_after", loadAfter);
            json.put("cores", Runtime.getRuntime().availableProcessors());
            if (appCpu >= 0 && !appPid.isEmpty()) {
                // CPU the app itself used during the run: a cost per request that the other work on a shared
                // machine does not change much, unlike the response times
                long requests = result.whole().get("all").count();
                json.put("app_cpu_s", Math.round(appCpu * 10) / 10.0);
                json.put("app_cpu_ms_per_request", requests == 0 ? 0 : Math.round(appCpu * 1000 / requests * 10) / 10.0);
            }
            json.put("gatling_status", status);
            json.put("steady", asMaps(result.steady()));
            json.put("whole_run", asMaps(result.whole()));
            json.put("errors", result.errors());
            json.put("done", result.events());
            Files.createDirectories(output.toAbsolutePath().getParent());
            JSON.writeValue(output.toFile(), json);
            System.out.println("LOAD figures written to " + output);
        }
        return result;
    }

    private static Map<String, Object> asMaps(Map<String, LoadRecorder.Figures> figures) {
        Map<String, Object> maps = new LinkedHashMap<>();
        figures.forEach((kind, f) -> maps.put(kind, f.asMap()));
        return maps;
    }

    /** User + system CPU seconds the process has used so far (/proc/PID/stat, 100 ticks a second), or -1. */
    static double cpuSeconds(String pid) {
        if (pid.isEmpty()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException none) {
            return -1;
        }
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them (empty where there is none). */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException none) {
            return "";
        }
    }
}
