package vn.langso.report;

import java.util.Arrays;
import vn.langso.household.HouseholdFigures;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;

/** One value per {@link Measure}: a row of the summary, a change to it, or a sum of rows. */
final class Figures {

    private final long[] values = new long[Measure.values().length];

    long get(Measure measure) {
        return values[measure.ordinal()];
    }

    Figures set(Measure measure, long value) {
        values[measure.ordinal()] = value;
        return this;
    }

    Figures add(Figures other) {
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
        return this;
    }

    Figures addStocks(Figures other) {
        for (Measure measure : Measure.values()) {
            if (measure.isStock()) {
                values[measure.ordinal()] += other.values[measure.ordinal()];
            }
        }
        return this;
    }

    Figures minus(Figures other) {
        Figures result = copy();
        for (int i = 0; i < values.length; i++) {
            result.values[i] -= other.values[i];
        }
        return result;
    }

    Figures copy() {
        Figures copy = new Figures();
        System.arraycopy(values, 0, copy.values, 0, values.length);
        return copy;
    }

    boolean isZero() {
        return Arrays.stream(values).allMatch(value -> value == 0);
    }

    long[] values() {
        return values.clone();
    }

    /** Lessons completed, all topics together. */
    long completions() {
        return java.util.Arrays.stream(vn.langso.learning.Topic.values()).mapToLong(topic -> get(Measure.done(topic)))
                .sum();
    }

    /** One value per measure, in {@link Measure} order, from the result set's columns {@code first} onwards. */
    static Figures read(java.sql.ResultSet row, int first) throws java.sql.SQLException {
        Figures figures = new Figures();
        for (Measure measure : Measure.values()) {
            figures.set(measure, row.getLong(first + measure.ordinal()));
        }
        return figures;
    }

    static Figures of(HouseholdFigures household) {
        Figures figures = new Figures();
        if (!household.counted()) {
            return figures;
        }
        Readiness r = household.readiness();
        figures.set(Measure.HOUSEHOLDS, 1).set(Measure.ADULTS, household.adults())
                .set(Measure.REACHED, household.reached() ? 1 : 0)
                .set(Measure.SMARTPHONE, r.smartphones() != null && r.smartphones() > 0 ? 1 : 0)
                .set(Measure.SMARTPHONE_ASKED, r.smartphones() != null ? 1 : 0)
                .set(Measure.FIBRE, r.internet() == Internet.FIBRE ? 1 : 0)
                .set(Measure.INTERNET_ASKED, r.internet() != null ? 1 : 0);
        answer(figures, r.bankOrWallet(), Measure.BANK_OR_WALLET, Measure.BANK_OR_WALLET_ASKED);
        answer(figures, r.vneidLevel2(), Measure.VNEID_LEVEL2, Measure.VNEID_LEVEL2_ASKED);
        answer(figures, r.onlineService(), Measure.ONLINE_SERVICE, Measure.ONLINE_SERVICE_ASKED);
        answer(figures, r.paysCashless(), Measure.PAYS_CASHLESS, Measure.PAYS_CASHLESS_ASKED);
        return figures;
    }

    private static void answer(Figures figures, Boolean answer, Measure yes, Measure asked) {
        figures.set(yes, Boolean.TRUE.equals(answer) ? 1 : 0).set(asked, answer != null ? 1 : 0);
    }
}
