package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/**
 * The production profile on a real MariaDB: the whole Liquibase changelog runs on a database of the test's own,
 * Hibernate validates the schema, the demo province is generated, and Vietnamese text survives the round trip.
 */
class ChangelogRunsOnMariaDbIT {

    private static MariaDbApp mariaDb;
    private static ConfigurableApplicationContext app;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTheAppOnItsOwnDatabase() throws SQLException {
        mariaDb = new MariaDbApp();
        app = mariaDb.context();
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void everyChangesetRanAndHibernateAcceptsTheSchema() throws java.io.IOException {
        long inChangelog;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("db/changelog/changes"))) {
            // the changesets meant for MariaDB: those without a dbms, and those whose dbms names it (not H2-only ones)
            inChangelog = files.filter(java.nio.file.Files::isRegularFile).flatMap(file -> {
                try {
                    String text = java.nio.file.Files.readString(file);
                    return java.util.Arrays.stream(text.split("- changeSet:")).skip(1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(changeSet -> !changeSet.contains("dbms:") || changeSet.contains("mariadb")).count();
        }
        long ran = jdbc.sql("select count(*) from DATABASECHANGELOG").query(Long.class).single();
        assertThat(ran).isEqualTo(inChangelog).isGreaterThan(10);
        assertThat(app.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        String dialect = app.getBean(SessionFactory.class).unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getClass().getSimpleName();
        assertThat(dialect).isEqualTo("MariaDBDialect");
    }

    @Test
    void theDemoProvinceAndOneAccountPerRoleExist() {
        assertThat(jdbc.sql("select name from place where type_code = 'PROVINCE'").query(String.class).list())
                .containsExactly("Tuyên Quang");
        assertThat(jdbc.sql("select role from user_account where username in (?, ?, ?, ?)")
                .params(DemoUsers.PROVINCE_ADMIN, DemoUsers.COMMUNE_LEADER, DemoUsers.TEAM_MEMBER, DemoUsers.LEARNER)
                .query(String.class).list())
                .containsExactlyInAnyOrder("PROVINCE_ADMIN", "COMMUNE_LEADER", "TEAM_MEMBER", "LEARNER");
        assertThat(jdbc.sql("select count(*) from place where type_code in ('VILLAGE','HAMLET','RESIDENTIAL_GROUP')")
                .query(Long.class).single()).isGreaterThan(50);
    }

    @Test
    void everyTableIsUtf8mb4() {
        List<String> notUtf8mb4 = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = database() and table_collation not like 'utf8mb4%'""")
                .query(String.class).list();
        assertThat(notUtf8mb4).isEmpty();
    }

    @Test
    void vietnameseTextRoundTripsIntact() {
        String name = "Thôn Nà Héc – Nguyễn Thị Ánh Tuyết, Đặng Văn Hưởng 🌾";
        long provinceId = jdbc.sql("select id from place where type_code = 'PROVINCE'").query(Long.class).single();
        jdbc.sql("insert into place (parent_id, type_code, name, search_name, path, active, version) "
                        + "values (?, 'VILLAGE', ?, 'x', '/x/', false, 0)")
                .params(provinceId, name).update();
        assertThat(jdbc.sql("select name from place where path = '/x/'").query(String.class).single())
                .isEqualTo(name);
    }
}
