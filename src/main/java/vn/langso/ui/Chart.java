package vn.langso.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A bar, horizontal bar or line chart for the leaders' dashboards, drawn in the browser by chart.js
 * (frontend/components/lang-chart.ts). Only pages that show a chart download chart.js. The chart fills its
 * container's width; its height is the CSS variable {@code --lang-chart-height} (16rem), except that horizontal
 * bars grow a row per label so that a commune's thirty villages stay readable on a phone.
 *
 * <p>Every setter sends the whole chart again as one JSON property, and the browser redraws the chart it has.
 */
@Tag("lang-chart")
@NpmPackage(value = "lit", version = "3.3.1")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/lang-chart.ts")
public class Chart extends Component implements HasStyle {

    /**
     * One row of numbers, in the order of the chart's labels; null where nothing is known (no bar, a gap in the
     * line). Without a colour the chart picks one a colour-blind reader can tell apart from the others.
     */
    public record Series(String name, List<Double> values, String colour) {

        public Series {
            Objects.requireNonNull(name, "name");
            // null stays null (unknown); NaN and infinities are not numbers JSON can carry, so they are unknown too.
            values = values.stream().map(value -> value == null || !Double.isFinite(value) ? null : value).toList();
        }

        public Series(String name, List<Double> values) {
            this(name, values, null);
        }
    }

    /** A dashed line across the chart, e.g. the province's 80 % goal, with its label. */
    public record Target(double value, String label) {
    }

    /** What lang-chart.ts reads as its {@code config} property; the field names are the contract with it. */
    private record Config(String kind, List<String> labels, List<Series> series, String unit, Double max,
            Target target, String ariaLabel) {
    }

    private final String kind;
    private List<String> labels = List.of();
    private List<Series> series = List.of();
    private String unit = "";
    private Double max;
    private Target target;
    private String ariaLabel = "";

    private Chart(String kind, List<String> labels, Series... series) {
        this.kind = kind;
        this.labels = List.copyOf(labels);
        this.series = List.of(series);
        send();
    }

    /** Upright bars, one group per label: few labels, e.g. the months of a quarter or the communes of a district. */
    public static Chart bar(List<String> labels, Series... series) {
        return new Chart("bar", labels, series);
    }

    /**
     * Horizontal bars, one row per label with its value at the end: rankings of communes or villages, whose long
     * names stay readable on a phone.
     */
    public static Chart horizontalBar(List<String> labels, Series... series) {
        return new Chart("hbar", labels, series);
    }

    /** A line per series: a trend, e.g. month by month. */
    public static Chart line(List<String> labels, Series... series) {
        return new Chart("line", labels, series);
    }

    public void setLabels(List<String> labels) {
        this.labels = List.copyOf(labels);
        send();
    }

    public void setSeries(Series... series) {
        setSeries(Arrays.asList(series));
    }

    public void setSeries(List<Series> series) {
        this.series = List.copyOf(series);
        send();
    }

    /** Written after every value on the axis, in the tooltips and beside the target, e.g. {@code "%"}. */
    public void setUnit(String unit) {
        this.unit = unit == null ? "" : unit;
        send();
    }

    /** The end of the value axis, e.g. 100 for percentages; null lets the data decide. The axis starts at 0. */
    public void setMax(Double max) {
        this.max = max;
        send();
    }

    public void setTarget(double value, String label) {
        this.target = new Target(value, Objects.requireNonNull(label, "label"));
        send();
    }

    public void clearTarget() {
        this.target = null;
        send();
    }

    /**
     * What a screen reader says instead of the picture, and what the page shows if chart.js cannot be downloaded
     * (no signal): the chart's message in one sentence, e.g. "Tỷ lệ hộ đã học xong, theo thôn: cao nhất ...".
     */
    public void setAriaLabel(String ariaLabel) {
        this.ariaLabel = ariaLabel == null ? "" : ariaLabel;
        send();
    }

    private void send() {
        getElement().setPropertyBean("config", new Config(kind, labels, series, unit, max, target, ariaLabel));
    }
}
