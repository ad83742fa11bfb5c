package vn.langso.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one load run does, from system properties (so Gatling, which makes the simulation itself, can read them):
 * <ul>
 * <li>{@code langso.load.url}: the app (default http://localhost:8080)</li>
 * <li>{@code langso.load.users}: people at once (default 10), split 70 / 25 / 5 into learners, team members and
 * leaders</li>
 * <li>{@code langso.load.ramp} and {@code langso.load.steady}: seconds to reach them and to hold them (60, 150)</li>
 * <li>{@code langso.load.think}: think times are multiplied by this (1; the smoke test uses less)</li>
 * <li>{@code langso.load.accounts}: a CSV file of {@code role,username,password} lines, the feeder of every
 * scenario</li>
 * </ul>
 */
public record LoadSettings(String url, int users, int rampSeconds, int steadySeconds, double thinkFactor,
        Path accountsFile, AtomicLong startedAt) {

    private static volatile LoadSettings last;

    /** The settings of the run that is starting (read once per simulation instance). */
    static LoadSettings current() {
        last = fromSystemProperties();
        return last;
    }

    /** The settings the last simulation was made with. */
    static LoadSettings last() {
        return last;
    }

    /** Called as each virtual user starts: the first one starts the clock of the run. */
    void userStarts() {
        startedAt.compareAndSet(0, System.currentTimeMillis());
    }

    /** When the first virtual user started (0 if none did). */
    long started() {
        return startedAt.get();
    }

    /** When the users stop repeating their actions: the end of the ramp and of the steady part. */
    Instant end() {
        return Instant.ofEpochMilli(startedAt.get() + (rampSeconds + steadySeconds) * 1000L);
    }

    private static LoadSettings fromSystemProperties() {
        int ramp = Integer.getInteger("langso.load.ramp", 60);
        int steady = Integer.getInteger("langso.load.steady", 150);
        return new LoadSettings(System.getProperty("langso.load.url", "http://localhost:8080"),
                Integer.getInteger("langso.load.users", 10), ramp, steady,
                Double.parseDouble(System.getProperty("langso.load.think", "1")),
                Path.of(System.getProperty("langso.load.accounts", "target/perf/accounts.csv")), new AtomicLong());
    }

    /** Learners, team members and leaders: 70 / 25 / 5 %, at least one learner. */
    int[] split() {
        int leaders = (int) Math.round(users * 0.05);
        int members = (int) Math.round(users * 0.25);
        if (users >= 3) {
            leaders = Math.max(1, leaders);
            members = Math.max(1, members);
        }
        return new int[] {users - members - leaders, members, leaders};
    }

    /** A think time in milliseconds, scaled. */
    Duration think(long millis) {
        return Duration.ofMillis(Math.round(millis * thinkFactor));
    }

    /** The accounts of one role from the CSV file ({@code role,username,password}, no header). */
    List<Map<String, Object>> accounts(String role) {
        try {
            List<Map<String, Object>> accounts = Files.readAllLines(accountsFile, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(",", 3)).filter(fields -> fields[0].equals(role))
                    .map(fields -> LangSoLoad.account(fields[0], fields[1], fields[2])).toList();
            if (accounts.isEmpty()) {
                throw new IllegalStateException("no " + role + " accounts in " + accountsFile);
            }
            return accounts;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
