package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.report.DashboardQuery;
import vn.langso.report.ReportExportService;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/**
 * The exports on MariaDB through Connector/J: the visits CSV streams tens of thousands of rows (the driver would
 * otherwise read them all into memory first) with progress every thousand, and the workbook and PDF render.
 */
class ReportExportsOnMariaDbIT {

    private static final DashboardQuery THEIR_COMMUNE = new DashboardQuery(null, null, null);
    private static final int MORE_VISITS = 25_000;

    private static MariaDbApp mariaDb;
    private static ReportExportService exports;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        exports = mariaDb.bean(ReportExportService.class);
        jdbc = mariaDb.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void tensOfThousandsOfVisitsStreamToCsvWithProgress() {
        addVisitsInBulk();
        long expected = asLeader(() -> exports.countVisits(THEIR_COMMUNE));
        assertThat(expected).isGreaterThan(MORE_VISITS);
        List<Long> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = asLeader(() -> exports.writeVisitsCsv(THEIR_COMMUNE, out, progress::add));

        assertThat(rows).isEqualTo(expected);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(1 + expected);
        assertThat(progress).hasSize((int) (expected / 1000) + 1).isSorted();
        assertThat(progress.getLast()).isEqualTo(expected);
    }

    @Test
    void theWorkbookAndTheReportRender() {
        assertThat(asLeader(() -> exports.xlsx(THEIR_COMMUNE, Locale.of("vi")))).isNotEmpty();
        byte[] pdf = asLeader(() -> exports.pdf(THEIR_COMMUNE, Locale.of("vi")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REPORT_EXPORTED'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(2);
    }

    /** Raw rows, as a bulk load would leave them: the export reads the records, not the dashboard's sums. */
    private static void addVisitsInBulk() {
        record Household(long id, long villageId) {
        }
        List<Household> households = jdbc.sql("""
                select h.id, h.village_id from household h join user_account u on u.place_id = h.village_id
                where u.username = ?""").param(DemoUsers.TEAM_MEMBER)
                .query((rs, row) -> new Household(rs.getLong(1), rs.getLong(2))).list();
        long member = jdbc.sql("select id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MORE_VISITS; i++) {
            Household household = households.get(i % households.size());
            LocalDate day = LocalDate.now().minusDays(i % 200);
            rows.add(new Object[] {UUID.randomUUID().toString(), household.id(), household.villageId(), member,
                now, day, now, "VNEID,LESSON", true, "bulk-" + i});
        }
        mariaDb.bean(JdbcTemplate.class).batchUpdate("""
                insert into visit (client_id, household_id, village_id, visited_by, visited_at, visited_on,
                  received_at, activities, consent_given, content_hash, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
    }

    private static <T> T asLeader(java.util.function.Supplier<T> work) {
        return AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER", work);
    }
}
