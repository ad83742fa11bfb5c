package vn.langso.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.langso.Application;

/**
 * The app in its production profile on the local MariaDB, on a database of its own that is dropped afterwards
 * (or, for a benchmark, one kept between runs). Settings are given the way production takes them from its
 * environment (LANGSO_DB_URL, ...). By default the app connects as root; {@link #runAs} starts it as production
 * does, Liquibase migrating as root and the app connecting as a user of the test's making.
 */
public final class MariaDbApp implements AutoCloseable {

    public static final String SERVER = System.getProperty("langso.it.mariadb", "jdbc:mysql://127.0.0.1:3306/");

    private final String server;
    private final String database;
    private final boolean dropAfterwards;
    private final ConfigurableApplicationContext context;

    /** With the demo province, as the tests use it. */
    public MariaDbApp() throws SQLException {
        this(true);
    }

    public MariaDbApp(boolean demoData) throws SQLException {
        this(SERVER, freshName(), true, "--LANGSO_DEMO=" + demoData);
    }

    private MariaDbApp(String server, String database, boolean dropAfterwards, String... settings)
            throws SQLException {
        this(server, database, dropAfterwards, Map.of("LANGSO_DB_USER", "root", "LANGSO_DB_PASSWORD", ""), settings);
    }

    /** The environment holds variables as the operating system would give them (SPRING_LIQUIBASE_USER, ...). */
    private MariaDbApp(String server, String database, boolean dropAfterwards, Map<String, String> environment,
            String... settings) throws SQLException {
        this.server = server;
        this.database = database;
        this.dropAfterwards = dropAfterwards;
        Environment.require(canConnect(), "MariaDB/MySQL at " + SERVER + " (user root, empty password)");
        execute("create database if not exists " + database);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--LANGSO_DB_URL=" + server + database));
        arguments.addAll(List.of(settings));
        // Spring reads a source named "...-systemEnvironment" as it reads the real one: SPRING_LIQUIBASE_USER is
        // spring.liquibase.user there.
        Map<String, Object> variables = Map.copyOf(environment);
        context = new SpringApplicationBuilder(Application.class).profiles("mysql")
                .initializers(OneSecurityContextHolder::share, app -> app.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", variables)))
                .run(arguments.toArray(String[]::new));
    }

    /** On a database that stays after {@link #close()}, made if missing; the settings are the app's arguments. */
    public static MariaDbApp kept(String database, String... settings) throws SQLException {
        return new MariaDbApp(SERVER, database, false, settings);
    }

    /**
     * With the demo province, on a fresh database (see {@link #freshName()}), as production runs it: Liquibase
     * migrates as root (SPRING_LIQUIBASE_USER / SPRING_LIQUIBASE_PASSWORD) and the app connects as this user
     * (LANGSO_DB_USER / LANGSO_DB_PASSWORD), whose rights on the database the caller grants beforehand.
     */
    public static MariaDbApp runAs(String database, String user, String password) throws SQLException {
        return new MariaDbApp(SERVER, database, true, Map.of("LANGSO_DB_USER", user, "LANGSO_DB_PASSWORD", password,
                "SPRING_LIQUIBASE_USER", "root", "SPRING_LIQUIBASE_PASSWORD", ""), "--LANGSO_DEMO=true");
    }

    /** With the demo province, connected to the database through a cable the test can cut. */
    public static MariaDbApp behind(DatabaseCable cable, String... settings) throws SQLException {
        List<String> all = new ArrayList<>(List.of("--LANGSO_DEMO=true"));
        all.addAll(List.of(settings));
        return new MariaDbApp("jdbc:mysql://127.0.0.1:" + cable.port() + "/", freshName(), true,
                all.toArray(String[]::new));
    }

    /** A cable in front of the server the tests use. */
    public static DatabaseCable cable() throws java.io.IOException {
        java.net.URI server = java.net.URI.create(SERVER.substring("jdbc:".length()));
        return new DatabaseCable(server.getHost(), server.getPort());
    }

    /** A database name no other test uses. */
    public static String freshName() {
        return "langso_it_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The database's own address (not through a cable). */
    public String url() {
        return SERVER + database;
    }

    /** The same server, another database (which need not exist yet). */
    public static String url(String otherDatabase) {
        return SERVER + otherDatabase;
    }

    /** The port the app's web server listens on. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws SQLException {
        context.close();
        if (dropAfterwards) {
            execute("drop database if exists " + database);
        }
    }

    public static boolean canConnect() {
        try (Connection ignored = DriverManager.getConnection(SERVER, "root", "")) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    /** Runs one statement on the server as root, outside any database (create or drop one). */
    public static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
