package vn.langso.report;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.household.HouseholdFiguresChanged;
import vn.langso.household.VisitCounted;
import vn.langso.learning.LessonCompleted;
import vn.langso.learning.Topic;

/**
 * Keeps {@code place_month_figures} current: each visit, household change and first completion adds its change to
 * one row (place × month) in the transaction that made it, so a dashboard sums a few thousand rows instead of
 * millions of records. {@link #rebuild()} recomputes every row from the raw records (after a bulk load, or to check).
 */
@Component
class FigureLedger {

    private static final Logger log = LoggerFactory.getLogger(FigureLedger.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Measure[] MEASURES = Measure.values();
    private static final String COLUMNS = Arrays.stream(MEASURES).map(Measure::column).collect(Collectors.joining(", "));
    private static final String UPDATE = "update place_month_figures set "
            + Arrays.stream(MEASURES).map(m -> m.column() + " = " + m.column() + " + ?").collect(Collectors.joining(", "))
            + " where place_id = ? and month_start = ?";
    private static final String INSERT = "insert into place_month_figures (place_id, month_start, " + COLUMNS
            + ") values (?, ?" + ", ?".repeat(MEASURES.length) + ")";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    FigureLedger(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @EventListener
    void onHouseholdChanged(HouseholdFiguresChanged change) {
        Figures before = Figures.of(change.before());
        Figures after = Figures.of(change.after());
        if (change.before().villageId() == change.after().villageId()) {
            add(change.after().villageId(), change.on(), after.minus(before));
        } else {
            add(change.before().villageId(), change.on(), new Figures().minus(before));
            add(change.after().villageId(), change.on(), after);
        }
    }

    @EventListener
    void onVisit(VisitCounted visit) {
        add(visit.villageId(), visit.visitedOn(), new Figures().set(Measure.VISITS, 1));
    }

    @EventListener
    void onCompletion(LessonCompleted completion) {
        if (completion.placeId() == null) {
            return;
        }
        Figures change = new Figures().set(Measure.done(completion.topic()), 1)
                .set(Measure.LEARNERS, completion.firstLesson() ? 1 : 0)
                .set(Measure.BASIC_SKILLS, completion.allTopics() ? 1 : 0);
        add(completion.placeId(), LocalDate.ofInstant(completion.completedAt(), VIETNAM), change);
    }

    /** Adds a change to its row; the row is made the first time (a twin made at the same moment is retried). */
    void add(long placeId, LocalDate day, Figures change) {
        if (change.isZero()) {
            return;
        }
        Date month = Date.valueOf(day.withDayOfMonth(1));
        Object[] values = Arrays.stream(change.values()).boxed().toArray();
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbcTemplate.update(UPDATE, concat(values, placeId, month)) > 0) {
                return;
            }
            try {
                jdbcTemplate.update(INSERT, concat(new Object[] {placeId, month}, values));
                return;
            } catch (DuplicateKeyException madeByAnotherTransaction) {
                // the other transaction's row is committed now: add to it
            }
        }
        throw new IllegalStateException("Could not add to the figures of place " + placeId);
    }

    private static Object[] concat(Object[] first, Object... second) {
        Object[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Makes the summary for a database that has records but no summary yet (data from before the summary). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void rebuildIfEmpty() {
        if (jdbc.sql("select count(*) from place_month_figures").query(Long.class).single() > 0) {
            return;
        }
        if (jdbc.sql("select count(*) from household").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from lesson_completion").query(Long.class).single() > 0) {
            rebuild();
        }
    }

    /** Recomputes every row from households, visits and completions. */
    @Transactional
    public int rebuild() {
        long started = System.nanoTime();
        Map<Key, Figures> rows = computeFromRecords();
        jdbc.sql("delete from place_month_figures").update();
        List<Object[]> batch = new ArrayList<>(rows.size());
        rows.forEach((key, figures) -> batch.add(concat(new Object[] {key.placeId(), Date.valueOf(key.month())},
                Arrays.stream(figures.values()).boxed().toArray())));
        for (int from = 0; from < batch.size(); from += 1000) {
            jdbcTemplate.batchUpdate(INSERT, batch.subList(from, Math.min(batch.size(), from + 1000)));
        }
        log.info("Dashboard figures rebuilt from the records: {} rows in {} ms", rows.size(),
                (System.nanoTime() - started) / 1_000_000);
        return rows.size();
    }

    record Key(long placeId, LocalDate month) {
    }

    /** Timestamps are stored in UTC; a record's month is its month in Vietnam (UTC+7 all year), as live updates count it. */
    Map<Key, Figures> computeFromRecords() {
        Map<Key, Figures> rows = new HashMap<>();
        collect(rows, """
                select village_id, year(created_at + interval '7' hour),
                  month(created_at + interval '7' hour), count(*), sum(coalesce(adults, 0))
                from household where removed_at is null group by village_id, year(created_at + interval '7' hour),
                  month(created_at + interval '7' hour)""",
                Measure.HOUSEHOLDS, Measure.ADULTS);
        collect(rows, """
                select h.village_id, year(f.first_on), month(f.first_on), count(*) from household h
                join (select household_id, min(visited_on) first_on from visit group by household_id) f
                  on f.household_id = h.id
                where h.removed_at is null group by h.village_id, year(f.first_on), month(f.first_on)""",
                Measure.REACHED);
        collect(rows, """
                select village_id, year(profile_on), month(profile_on),
                  sum(case when smartphones > 0 then 1 else 0 end), sum(case when smartphones is not null then 1 else 0 end),
                  sum(case when internet = 'FIBRE' then 1 else 0 end), sum(case when internet is not null then 1 else 0 end),
                  sum(case when bank_or_wallet then 1 else 0 end), sum(case when bank_or_wallet is not null then 1 else 0 end),
                  sum(case when vneid_level2 then 1 else 0 end), sum(case when vneid_level2 is not null then 1 else 0 end),
                  sum(case when online_service then 1 else 0 end), sum(case when online_service is not null then 1 else 0 end),
                  sum(case when pays_cashless then 1 else 0 end), sum(case when pays_cashless is not null then 1 else 0 end)
                from household where removed_at is null and profile_on is not null
                group by village_id, year(profile_on), month(profile_on)""",
                Measure.SMARTPHONE, Measure.SMARTPHONE_ASKED, Measure.FIBRE, Measure.INTERNET_ASKED,
                Measure.BANK_OR_WALLET, Measure.BANK_OR_WALLET_ASKED, Measure.VNEID_LEVEL2, Measure.VNEID_LEVEL2_ASKED,
                Measure.ONLINE_SERVICE, Measure.ONLINE_SERVICE_ASKED, Measure.PAYS_CASHLESS,
                Measure.PAYS_CASHLESS_ASKED);
        collect(rows, """
                select village_id, year(visited_on), month(visited_on), count(*) from visit
                group by village_id, year(visited_on), month(visited_on)""", Measure.VISITS);
        for (Topic topic : Topic.values()) {
            collect(rows, """
                    select c.place_id, year(c.completed_at + interval '7' hour),
                  month(c.completed_at + interval '7' hour), count(*)
                    from lesson_completion c join lesson l on l.id = c.lesson_id
                    where c.place_id is not null and l.topic = '%s'
                    group by c.place_id, year(c.completed_at + interval '7' hour),
                  month(c.completed_at + interval '7' hour)""".formatted(topic.name()),
                    Measure.done(topic));
        }
        collect(rows, """
                select place_id, year(completed_at + interval '7' hour),
                  month(completed_at + interval '7' hour), count(*) from (
                  select place_id, completed_at,
                    row_number() over (partition by learner_key order by completed_at, id) n
                  from lesson_completion) firsts
                where n = 1 and place_id is not null group by place_id, year(completed_at + interval '7' hour),
                  month(completed_at + interval '7' hour)""",
                Measure.LEARNERS);
        collect(rows, """
                select place_id, year(completed_at + interval '7' hour),
                  month(completed_at + interval '7' hour), count(*) from (
                  select place_id, completed_at,
                    row_number() over (partition by learner_key order by completed_at, id) n
                  from (select c.id, c.learner_key, c.place_id, c.completed_at,
                          row_number() over (partition by c.learner_key, l.topic order by c.completed_at, c.id) t
                        from lesson_completion c join lesson l on l.id = c.lesson_id) topic_firsts
                  where t = 1) in_order
                where n = %d and place_id is not null
                group by place_id, year(completed_at + interval '7' hour),
                  month(completed_at + interval '7' hour)""".formatted(Topic.values().length),
                Measure.BASIC_SKILLS);
        return rows;
    }

    private void collect(Map<Key, Figures> rows, String sql, Measure... measures) {
        jdbc.sql(sql).query(rs -> {
            Key key = new Key(rs.getLong(1), LocalDate.of(rs.getInt(2), rs.getInt(3), 1));
            Figures figures = rows.computeIfAbsent(key, k -> new Figures());
            for (int i = 0; i < measures.length; i++) {
                figures.set(measures[i], figures.get(measures[i]) + rs.getLong(4 + i));
            }
        });
    }
}
