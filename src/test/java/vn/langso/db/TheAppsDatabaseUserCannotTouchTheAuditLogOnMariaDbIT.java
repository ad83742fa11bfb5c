package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.household.HouseholdService;
import vn.langso.support.AsUser;
import vn.langso.support.AuditRows;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;
import vn.langso.support.PhoneOverHttp;

/**
 * The production set-up of docs/SECURITY.md ("An audit log the application cannot change"), on MariaDB: Liquibase
 * migrates as an owner (root here, from SPRING_LIQUIBASE_USER / SPRING_LIQUIBASE_PASSWORD) and the app connects as a
 * user with only SELECT, INSERT, UPDATE and DELETE on its database. The app works as that user, and over its own
 * connection the audit log can be neither changed (the triggers) nor got rid of (no right to drop the triggers,
 * truncate or alter the table). Lines starting with {@code AUDIT-LOCK} are the figures the doc quotes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TheAppsDatabaseUserCannotTouchTheAuditLogOnMariaDbIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String DATABASE = MariaDbApp.freshName();
    private static final String USER = "langso_app_" + SUFFIX;
    private static final String ACCOUNT = "'" + USER + "'@'%'";
    private static final String PASSWORD = "Pw-" + UUID.randomUUID();

    /** What an app that was broken into, or a careless script on its connection, would try against the log. */
    private static final List<String> GETTING_RID_OF_THE_LOG = List.of(
            "DROP TRIGGER audit_event_no_update",
            "DROP TRIGGER audit_event_no_delete",
            "TRUNCATE TABLE audit_event",
            "ALTER TABLE audit_event ADD COLUMN tampered INT",
            "ALTER TABLE audit_event DROP COLUMN actor",
            "RENAME TABLE audit_event TO audit_event_old",
            "DROP TABLE audit_event",
            "CREATE TRIGGER audit_event_hide BEFORE INSERT ON audit_event FOR EACH ROW SET NEW.actor = 'nobody'");

    private static MariaDbApp mariaDb;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws SQLException {
        if (MariaDbApp.canConnect()) {
            MariaDbApp.execute("create user " + ACCOUNT + " identified by '" + PASSWORD + "'");
            MariaDbApp.execute("grant select, insert, update, delete on " + DATABASE + ".* to " + ACCOUNT);
        }
        mariaDb = MariaDbApp.runAs(DATABASE, USER, PASSWORD);
        jdbc = mariaDb.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws SQLException {
        try {
            if (mariaDb != null) {
                mariaDb.close();
            }
        } finally {
            if (MariaDbApp.canConnect()) {
                MariaDbApp.execute("drop user if exists " + ACCOUNT);
            }
        }
    }

    @Test
    @Order(1)
    void liquibaseMigratedAsTheOwnerAndTheAppConnectsWithOnlyTheFourDataRights() throws SQLException {
        assertThat(jdbc.sql("select current_user()").query(String.class).single()).isEqualTo(USER + "@%");
        List<String> grants = jdbc.sql("show grants").query(String.class).list();
        assertThat(grants).hasSize(2).anySatisfy(grant -> assertThat(grant).startsWith("GRANT USAGE ON *.*"))
                .anySatisfy(grant -> assertThat(grant)
                        .startsWith("GRANT SELECT, INSERT, UPDATE, DELETE ON `" + DATABASE + "`.*"));
        try (Connection owner = DriverManager.getConnection(mariaDb.url(), "root", "");
                Statement statement = owner.createStatement();
                var triggers = statement.executeQuery("select trigger_name from information_schema.triggers "
                        + "where trigger_schema = '" + DATABASE + "' and event_object_table = 'audit_event'")) {
            List<String> names = new ArrayList<>();
            while (triggers.next()) {
                names.add(triggers.getString(1));
            }
            assertThat(names).containsExactlyInAnyOrder("audit_event_no_update", "audit_event_no_delete");
        }
        // Liquibase's own connection is not the app's pool: Vietnamese it wrote must still be intact.
        assertThat(jdbc.sql("select name_vi from place_type where code = 'VILLAGE'").query(String.class).single())
                .isEqualTo("Thôn");
        long changesets = jdbc.sql("select count(*) from DATABASECHANGELOG").query(Long.class).single();
        String rights = grants.stream().filter(grant -> grant.contains(DATABASE)).findFirst().orElseThrow();
        System.out.printf("AUDIT-LOCK set-up: %d changesets run by Liquibase as root; the app connects as %s: %s%n",
                changesets, USER, rights.replaceAll(" TO .*", "").replace(DATABASE, "<db>"));
    }

    @Test
    @Order(2)
    void theAppSignsInAndStoresAVisitAsThatUser() throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        HouseholdService households = mariaDb.bean(HouseholdService.class);
        long household = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> households.worklist().households().getFirst().id());
        PhoneOverHttp phone = PhoneOverHttp.signedIn(mariaDb.port(), DemoUsers.TEAM_MEMBER);
        String visitId = UUID.randomUUID().toString();
        PhoneOverHttp.Answer answer = phone.postVisits("""
                {"visits":[{"clientId":"%s","householdId":%d,"newHousehold":null,"visitedAt":"%s",\
                "activities":["VNEID"],"profile":null,"note":"Ghé thăm","consent":true,"position":null,\
                "correction":false}]}""".formatted(visitId, household, Instant.now()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains(visitId, "\"status\":\"SAVED\"");
        assertThat(jdbc.sql("select count(*) from visit where client_id = ?").param(visitId).query(Long.class).single())
                .isEqualTo(1);
        List<String> written = jdbc.sql("select action from audit_event where id > ? and actor = ? order by id")
                .params(before, DemoUsers.TEAM_MEMBER).query(String.class).list();
        assertThat(written).contains("SIGN_IN", "VISIT_CREATED");
        System.out.printf("AUDIT-LOCK the app as %s: signed in over HTTP, stored a visit; audit rows written: %s%n",
                USER, written);
    }

    @Test
    @Order(3)
    void overTheAppsOwnConnectionTheAuditLogCanBeNeitherChangedNorGotRidOf() throws SQLException {
        AuditRows.cannotBeChangedOrDeleted(jdbc);
        List<Map<String, Object>> rows = allAuditRows();
        assertThat(rows).isNotEmpty();

        Map<String, String> refusals = new LinkedHashMap<>();
        for (String sql : GETTING_RID_OF_THE_LOG) {
            try {
                jdbc.sql(sql).update();
                fail("The app's own connection was allowed: " + sql);
            } catch (DataAccessException refused) {
                SQLException cause = (SQLException) refused.getMostSpecificCause();
                assertThat(cause.getErrorCode()).as(sql + ": " + cause.getMessage()).isEqualTo(1142);
                assertThat(cause.getMessage()).as(sql).contains("command denied to user '" + USER + "'");
                refusals.put(sql, cause.getMessage().replaceAll(" to user .*", ""));
            }
        }
        assertThat(allAuditRows()).as("every audit row, as it was").isEqualTo(rows);
        AuditRows.cannotBeChangedOrDeleted(jdbc);
        refusals.forEach((sql, message) -> System.out.printf("AUDIT-LOCK refused: %s -> %s%n", sql, message));
        System.out.printf("AUDIT-LOCK %d audit rows unchanged after %d refused statements (and UPDATE, DELETE of one "
                + "and of all rows refused by the triggers)%n", rows.size(), refusals.size());
    }

    /** The refusals above are the user's rights, not bad statements: the owner can (the database goes afterwards). */
    @Test
    @Order(4)
    void onlyTheOwnerCanRemoveTheTriggers() throws SQLException {
        try (Connection owner = DriverManager.getConnection(mariaDb.url(), "root", "");
                Statement statement = owner.createStatement()) {
            for (String sql : List.of("ALTER TABLE audit_event ADD COLUMN tampered INT",
                    "DROP TRIGGER audit_event_no_update", "DROP TRIGGER audit_event_no_delete",
                    "TRUNCATE TABLE audit_event")) {
                statement.execute(sql);
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isZero();
    }

    private static List<Map<String, Object>> allAuditRows() {
        return jdbc.sql("select * from audit_event order by id").query().listOfRows();
    }
}
