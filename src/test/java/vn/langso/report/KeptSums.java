package vn.langso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboards' kept sums (place_month_figures) against a recount from the raw records, place by place. */
public final class KeptSums {

    private KeptSums() {
    }

    /** Fails naming the first measure and place whose kept sum differs from the recount. */
    public static void equalARecount(ApplicationContext app) {
        FigureLedger ledger = app.getBean(FigureLedger.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Map<Long, Figures> kept = keptPerPlace(jdbc);
        Map<Long, Figures> recount = new HashMap<>();
        ledger.computeFromRecords().forEach((key, figures) ->
                recount.computeIfAbsent(key.placeId(), id -> new Figures()).add(figures));
        recount.values().removeIf(Figures::isZero);
        assertThat(kept.keySet()).containsExactlyInAnyOrderElementsOf(recount.keySet());
        kept.forEach((placeId, figures) -> {
            for (Measure measure : Measure.values()) {
                assertThat(figures.get(measure)).as("%s of place %d", measure, placeId)
                        .isEqualTo(recount.get(placeId).get(measure));
            }
        });
    }

    private static Map<Long, Figures> keptPerPlace(JdbcClient jdbc) {
        Map<Long, Figures> kept = new HashMap<>();
        jdbc.sql("select * from place_month_figures").query(rs -> {
            Figures figures = kept.computeIfAbsent(rs.getLong("place_id"), id -> new Figures());
            for (Measure measure : Measure.values()) {
                figures.set(measure, figures.get(measure) + rs.getLong(measure.column()));
            }
        });
        kept.values().removeIf(Figures::isZero);
        return kept;
    }
}
