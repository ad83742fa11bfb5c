package vn.langso.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dashboards' reads: the summary rows, and the few figures that are "as of today" from the records. */
@Component
class FigureQueries {

    private static final Measure[] MEASURES = Measure.values();

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SubPlace(long id, String path, String name, String level) {
    }

    /** Every place under (and including) a path, current or closed: records may point at a closed one. */
    Map<Long, SubPlace> subtree(String path) {
        Map<Long, SubPlace> places = new HashMap<>();
        jdbc.sql("""
                select p.id, p.path, p.name, t.level from place p join place_type t on t.code = p.type_code
                where p.path like ?""").param(path + "%")
                .query(rs -> {
                    places.put(rs.getLong(1), new SubPlace(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                });
        return places;
    }

    /** Per place: stocks at the end of {@code to}, flows summed over {@code from}..{@code to}. */
    Map<Long, Figures> perPlace(String path, YearMonth from, YearMonth to) {
        String sums = Arrays.stream(MEASURES).map(m -> m.isStock() ? "sum(f." + m.column() + ")"
                : "sum(case when f.month_start >= ? then f." + m.column() + " else 0 end)").collect(Collectors.joining(", "));
        Object[] params = new Object[(int) Arrays.stream(MEASURES).filter(m -> !m.isStock()).count() + 2];
        Arrays.fill(params, Date.valueOf(from.atDay(1)));
        params[params.length - 2] = path + "%";
        params[params.length - 1] = Date.valueOf(to.atDay(1));
        Map<Long, Figures> result = new HashMap<>();
        jdbc.sql("select f.place_id, " + sums + " from place_month_figures f join place p on p.id = f.place_id"
                + " where p.path like ? and f.month_start <= ? group by f.place_id").params(params)
                .query(rs -> {
                    result.put(rs.getLong(1), Figures.read(rs, 2));
                });
        return result;
    }

    /** The whole subtree's change per month, oldest first, up to {@code to}. */
    Map<YearMonth, Figures> perMonth(String path, YearMonth to) {
        String sums = Arrays.stream(MEASURES).map(m -> "sum(f." + m.column() + ")").collect(Collectors.joining(", "));
        Map<YearMonth, Figures> result = new LinkedHashMap<>();
        jdbc.sql("select f.month_start, " + sums + " from place_month_figures f join place p on p.id = f.place_id"
                + " where p.path like ? and f.month_start <= ? group by f.month_start order by f.month_start")
                .params(path + "%", Date.valueOf(to.atDay(1)))
                .query(rs -> {
                    result.put(YearMonth.from(rs.getDate(1).toLocalDate()), Figures.read(rs, 2));
                });
        return result;
    }

    record Visited(long last30Days, long last90Days) {
    }

    /**
     * Households on the register visited in the last 30 and 90 days, per village; read from the index alone
     * (ix_household_visited: village, removed, last visit).
     */
    Map<Long, Visited> visitedPerVillage(String path, Instant now) {
        Map<Long, Visited> result = new HashMap<>();
        jdbc.sql("""
                select h.village_id, sum(case when h.last_visited_at >= ? then 1 else 0 end), count(*)
                from household h join place p on p.id = h.village_id
                where p.path like ? and h.removed_at is null and h.last_visited_at >= ?
                group by h.village_id""")
                .params(Timestamp.from(now.minus(java.time.Duration.ofDays(30))), path + "%",
                        Timestamp.from(now.minus(java.time.Duration.ofDays(90))))
                .query(rs -> {
                    result.put(rs.getLong(1), new Visited(rs.getLong(2), rs.getLong(3)));
                });
        return result;
    }

    /** Active villages and how many active teams each has. */
    Map<Long, Integer> teamsPerVillage(String path) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.sql("""
                select p.id, count(t.id) from place p join place_type pt on pt.code = p.type_code
                left join team t on t.place_id = p.id and t.status = 'ACTIVE'
                where p.path like ? and p.active = true and pt.level = 'VILLAGE' group by p.id""")
                .param(path + "%")
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                });
        return result;
    }

    record MemberRow(long teamId, long teamPlaceId, String name, boolean hasAccount, long visits) {
    }

    /**
     * Every active member of an active team under the path, with their visits since {@code since}. The visits are
     * counted per account first, from the (day, member, village) index over the path's villages: joined member by
     * member, MariaDB read each member's whole history (0.3 s for a province, 0.15 s this way).
     */
    List<MemberRow> members(String path, LocalDate since) {
        return jdbc.sql("""
                select t.id, t.place_id, pe.full_name, max(case when ua.id is null then 0 else 1 end),
                  coalesce(sum(recent.visits), 0)
                from team t join place p on p.id = t.place_id
                join team_membership m on m.team_id = t.id and m.left_on is null
                join person pe on pe.id = m.person_id
                left join user_account ua on ua.person_id = pe.id and ua.enabled = true
                left join (select v.visited_by, count(*) visits from visit v
                  where v.visited_on >= ? and v.village_id in (select vp.id from place vp where vp.path like ?)
                  group by v.visited_by) recent on recent.visited_by = ua.id
                where t.status = 'ACTIVE' and p.path like ?
                group by t.id, t.place_id, m.id, pe.full_name""")
                .params(Date.valueOf(since), path + "%", path + "%")
                .query((rs, row) -> new MemberRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4) == 1,
                        rs.getLong(5)))
                .list();
    }

    Map<Indicator, IndicatorTarget> targets(long provinceId) {
        Map<Indicator, IndicatorTarget> result = new java.util.EnumMap<>(Indicator.class);
        jdbc.sql("select indicator, target_percent, due_on from indicator_target where province_id = ?")
                .param(provinceId)
                .query(rs -> {
                    Indicator indicator = Indicator.valueOf(rs.getString(1));
                    result.put(indicator, new IndicatorTarget(indicator, rs.getInt(2), rs.getObject(3, LocalDate.class)));
                });
        return result;
    }
}
