package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.langso.household.HouseholdService;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitInbox;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.learning.LessonService;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.Environment;
import vn.langso.support.MariaDbApp;

/**
 * The backup an operator runs ({@code scripts/backup.sh}, see docs/SECURITY.md) is restored by
 * {@code scripts/restore.sh} into an empty database with every row of every table, byte for byte: row counts and
 * {@code CHECKSUM TABLE} agree table by table. The app keeps running while it is backed up.
 */
class ABackupRestoresEveryRowOnMariaDbIT {

    private static final Path BACKUPS = Path.of("target", "backup-it");

    @Test
    void theDemoProvinceBackedUpWhileTheAppRunsIsRestoredIntoAnEmptyDatabaseWithEveryRow() throws Exception {
        Environment.require(installed("mariadb-dump", "mysqldump") && installed("mariadb", "mysql"),
                "mariadb-dump (or mysqldump) and the mariadb (or mysql) client");
        String restored = "langso_it_restored_" + UUID.randomUUID().toString().substring(0, 8);
        try (MariaDbApp app = new MariaDbApp()) {
            String source = app.url().substring(app.url().lastIndexOf('/') + 1);
            addAVisitWithAnEmojiAndAnUploadedPicture(app);

            Script backup = run(app.url(), "scripts/backup.sh");
            assertThat(backup.exitCode()).as(backup.errors()).isZero();
            Path file = Path.of(backup.lastLine());
            assertThat(file.getFileName().toString()).matches("langso-" + source + "-\\d{8}T\\d{6}Z\\.sql\\.gz");
            assertThat(file).isRegularFile();

            Script restore = run(MariaDbApp.url(restored), "scripts/restore.sh", file.toString());
            assertThat(restore.exitCode()).as(restore.errors()).isZero();

            Map<String, long[]> original = tables(source);
            Map<String, long[]> copy = tables(restored);
            assertThat(copy.keySet()).containsExactlyElementsOf(original.keySet());
            for (String table : original.keySet()) {
                assertThat(copy.get(table)).as("rows and checksum of %s", table).containsExactly(original.get(table));
                assertThat(original.get(table)[0] == 0 || original.get(table)[1] != 0).as("%s has a checksum", table)
                        .isTrue();
            }
            assertThat(objects(restored)).as("routines, triggers, views").isEqualTo(objects(source));
            long rows = original.values().stream().mapToLong(counts -> counts[0]).sum();
            assertThat(rows).isGreaterThan(1_000);

            Script again = run(MariaDbApp.url(restored), "scripts/restore.sh", file.toString());
            assertThat(again.exitCode()).as("a database with tables is never restored over").isEqualTo(5);
            Script missing = run(MariaDbApp.url("langso_it_no_such_database"), "scripts/backup.sh");
            assertThat(missing.exitCode()).as("a failed dump").isEqualTo(4);

            System.out.printf("NOTHING-LOST backup: %d tables, %d rows, %d KB gzip'd, backed up and restored with "
                    + "equal row counts and CHECKSUM TABLE for every table%n", original.size(), rows,
                    Files.size(file) / 1024);
            Files.delete(file);
        } finally {
            MariaDbApp.execute("drop database if exists " + restored);
        }
        try (var left = Files.list(BACKUPS)) {
            assertThat(left.map(Path::toString)).as("no partial file left behind").noneMatch(name -> name.endsWith(".partial"));
        }
    }

    /** Four-byte characters and binary columns are where a dump goes wrong first. */
    private static void addAVisitWithAnEmojiAndAnUploadedPicture(MariaDbApp app) throws IOException {
        long household = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> app.bean(HouseholdService.class).worklist().households().getFirst().id());
        VisitSubmission visit = new VisitSubmission(UUID.randomUUID().toString(), household, null, Instant.now(),
                Set.of(VisitActivity.QR_PAYMENT), null, "Đã cài VNeID 😊 — bà Ỏn", true, null, false);
        assertThat(AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> app.bean(VisitInbox.class).receive(visit).status())).isEqualTo(VisitStatus.SAVED);
        byte[] picture = pngOf(120, 80);
        AsUser.provinceAdmin(() -> app.bean(LessonService.class).uploadPicture(picture));
    }

    private static byte[] pngOf(int width, int height) throws IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x * 2 << 16 | y * 3 << 8 | (x ^ y));
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Each base table with its row count and {@code CHECKSUM TABLE}, by name. */
    private static Map<String, long[]> tables(String database) throws SQLException {
        Map<String, long[]> found = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(MariaDbApp.url(database), "root", "");
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = database() and table_type = 'BASE TABLE' order by table_name""")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                long count;
                try (ResultSet rows = statement.executeQuery("select count(*) from `" + name + "`")) {
                    rows.next();
                    count = rows.getLong(1);
                }
                try (ResultSet rows = statement.executeQuery("checksum table `" + name + "`")) {
                    rows.next();
                    found.put(name, new long[] {count, rows.getLong(2)});
                }
            }
        }
        return found;
    }

    private static List<String> objects(String database) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(MariaDbApp.url(database), "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select concat('routine ', routine_name) from information_schema.routines
                        where routine_schema = database()
                        union all select concat('trigger ', trigger_name) from information_schema.triggers
                        where trigger_schema = database()
                        union all select concat('view ', table_name) from information_schema.views
                        where table_schema = database()
                        order by 1""")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private record Script(int exitCode, String output, String errors) {

        String lastLine() {
            List<String> lines = output.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    /** The script as an operator runs it, with the connection in the app's own environment variables. */
    private static Script run(String url, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().putAll(Map.of("LANGSO_DB_URL", url, "LANGSO_DB_USER", "root", "LANGSO_DB_PASSWORD", "",
                "LANGSO_BACKUP_DIR", BACKUPS.toString()));
        Path errors = Files.createTempFile("langso-script", ".err");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", line).isTrue();
        String errorText = Files.readString(errors);
        Files.delete(errors);
        return new Script(process.exitValue(), output, errorText);
    }

    private static boolean installed(String... programs) throws IOException, InterruptedException {
        for (String program : programs) {
            Process which = new ProcessBuilder("sh", "-c", "command -v " + program).start();
            which.getInputStream().readAllBytes();
            if (which.waitFor() == 0) {
                return true;
            }
        }
        return false;
    }
}
