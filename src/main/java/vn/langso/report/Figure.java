package vn.langso.report;

/** A numerator over a denominator; the percentage is computed, never stored. */
public record Figure(long numerator, long denominator) {

    public static final Figure NONE = new Figure(0, 0);

    /** Null when there is nothing to divide by. */
    public Double percent() {
        return denominator == 0 ? null : 100.0 * numerator / denominator;
    }
}
