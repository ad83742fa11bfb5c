package vn.langso.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.langso.learning.Topic;

/**
 * Visits and lesson completions one by one, for the CSV exports: narrowed to a place's subtree in SQL and read as a
 * stream (a province may have millions), never all at once. Only what a report needs leaves the database: no
 * household head, phone or learner name.
 */
@Component
class RawRecords {

    /** Rows the driver fetches at a time where it can (H2); MySQL's Connector/J streams with MIN_VALUE instead. */
    private static final int FETCH_SIZE = 1000;

    private static final String VISITS = " from visit v join place vp on vp.id = v.village_id";
    private static final String VISITS_IN = " where vp.path like ? and v.visited_on >= ? and v.visited_on <= ?";
    private static final String COMPLETIONS = " from lesson_completion c join place p on p.id = c.place_id";
    private static final String COMPLETIONS_IN = " where p.path like ? and c.completed_at >= ? and c.completed_at < ?";

    private final JdbcTemplate jdbc;

    RawRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record VisitRow(LocalDate visitedOn, String village, String commune, String member, String activities,
            long householdId) {
    }

    record CompletionRow(LocalDate completedOn, String place, String commune, String lesson, Topic topic,
            String mode, int score, int attempts, int version) {
    }

    /** Visits in the dashboard's place and months. */
    long countVisits(DashboardScope scope) {
        return jdbc.queryForObject("select count(*)" + VISITS + VISITS_IN, Long.class, visitsIn(scope));
    }

    void visits(DashboardScope scope, Consumer<VisitRow> each) {
        stream("select v.visited_on, vp.name, cp.name, ua.full_name, v.activities, v.household_id" + VISITS
                + " left join place cp on cp.id = vp.parent_id join user_account ua on ua.id = v.visited_by"
                + VISITS_IN + " order by v.visited_on, v.id",
                rs -> each.accept(new VisitRow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6))),
                visitsIn(scope));
    }

    /** Completions in the dashboard's place and months, days in Vietnam. */
    long countCompletions(DashboardScope scope) {
        return jdbc.queryForObject("select count(*)" + COMPLETIONS + COMPLETIONS_IN, Long.class, completionsIn(scope));
    }

    void completions(DashboardScope scope, Consumer<CompletionRow> each) {
        stream("select c.completed_at, p.name,"
                + " case when pt.level = 'VILLAGE' then pp.name when pt.level = 'COMMUNE' then p.name else '' end,"
                + " l.slug, l.topic, c.mode, c.best_score, c.attempts, lv.number" + COMPLETIONS
                + " join place_type pt on pt.code = p.type_code left join place pp on pp.id = p.parent_id"
                + " join lesson l on l.id = c.lesson_id join lesson_version lv on lv.id = c.lesson_version_id"
                + COMPLETIONS_IN + " order by c.completed_at, c.id",
                rs -> each.accept(new CompletionRow(vietnamDay(rs.getObject(1, LocalDateTime.class)),
                        rs.getString(2), rs.getString(3), rs.getString(4), Topic.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9))),
                completionsIn(scope));
    }

    private static Object[] visitsIn(DashboardScope scope) {
        return new Object[] {scope.place().path() + "%", scope.from().atDay(1), scope.to().atEndOfMonth()};
    }

    /** Timestamps are stored as UTC: the months' bounds are the starts of days in Vietnam, in UTC. */
    private static Object[] completionsIn(DashboardScope scope) {
        return new Object[] {scope.place().path() + "%", utc(scope.from().atDay(1)),
            utc(scope.to().plusMonths(1).atDay(1))};
    }

    private static LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(FigureLedger.VIETNAM).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static LocalDate vietnamDay(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(FigureLedger.VIETNAM).toLocalDate();
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void stream(String sql, Row row, Object... params) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(streamsRowByRow(connection) ? Integer.MIN_VALUE : FETCH_SIZE);
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement;
        }, row::read);
    }

    /** Connector/J (MySQL and MariaDB servers) reads the whole result into memory unless asked to stream. */
    private static boolean streamsRowByRow(Connection connection) throws SQLException {
        return "MySQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }
}
