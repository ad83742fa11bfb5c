package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.Application;
import vn.langso.support.Environment;

/**
 * The production profile on a real MariaDB: the whole Liquibase changelog runs on a database of the test's own,
 * Hibernate validates the schema, the demo province is generated, and Vietnamese text survives the round trip.
 */
class ChangelogRunsOnMariaDbIT {

    private static final String SERVER = System.getProperty("langso.it.mariadb", "jdbc:mysql://127.0.0.1:3306/");
    private static final String DATABASE = "langso_it_" + UUID.randomUUID().toString().substring(0, 8);
    private static ConfigurableApplicationContext app;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTheAppOnItsOwnDatabase() throws SQLException {
        Environment.require(canConnect(), "MariaDB/MySQL at " + SERVER + " (user root, empty password)");
        execute("create database " + DATABASE);
        // The same settings production takes from its environment (LANGSO_DB_URL, ...), given as arguments.
        app = new SpringApplicationBuilder(Application.class).profiles("mysql").run(
                "--server.port=0",
                "--LANGSO_DB_URL=" + SERVER + DATABASE,
                "--LANGSO_DB_USER=root",
                "--LANGSO_DB_PASSWORD=",
                "--LANGSO_DEMO=true");
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        if (app != null) {
            app.close();
        }
        if (canConnect()) {
            execute("drop database if exists " + DATABASE);
        }
    }

    @Test
    void everyChangesetRanAndHibernateAcceptsTheSchema() {
        long changesets = jdbc.sql("select count(*) from DATABASECHANGELOG").query(Long.class).single();
        assertThat(changesets).isGreaterThanOrEqualTo(5);
        assertThat(app.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        String dialect = app.getBean(SessionFactory.class).unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getClass().getSimpleName();
        assertThat(dialect).isEqualTo("MariaDBDialect");
    }

    @Test
    void theDemoProvinceAndOneAccountPerRoleExist() {
        assertThat(jdbc.sql("select name from place where type_code = 'PROVINCE'").query(String.class).list())
                .containsExactly("Tuyên Quang");
        assertThat(jdbc.sql("select role from user_account order by role").query(String.class).list())
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

    private static boolean canConnect() {
        try (Connection ignored = DriverManager.getConnection(SERVER, "root", "")) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
