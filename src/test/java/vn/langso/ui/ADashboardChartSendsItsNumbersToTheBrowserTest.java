package vn.langso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.ui.Chart.Series;

/**
 * What lang-chart.ts receives from the server: the dashboards only set numbers in Java, so this JSON is all the
 * browser has to draw from.
 */
class ADashboardChartSendsItsNumbersToTheBrowserTest {

    @Test
    void aBarChartSendsItsLabelsValuesUnitTargetAndSentence() {
        Chart chart = Chart.bar(List.of("Xã An Bình", "Xã Phú Lộc"),
                new Series("Hộ đã học xong", Arrays.asList(82.5, null)));
        chart.setUnit("%");
        chart.setMax(100.0);
        chart.setTarget(80, "Mục tiêu");
        chart.setAriaLabel("Xã An Bình đạt 82,5 %, Xã Phú Lộc chưa có số liệu; mục tiêu 80 %.");

        assertThat(sentConfig(chart)).isEqualTo(json("""
                {"kind": "bar",
                 "labels": ["Xã An Bình", "Xã Phú Lộc"],
                 "series": [{"name": "Hộ đã học xong", "values": [82.5, null], "colour": null}],
                 "unit": "%", "max": 100.0,
                 "target": {"value": 80.0, "label": "Mục tiêu"},
                 "ariaLabel": "Xã An Bình đạt 82,5 %, Xã Phú Lộc chưa có số liệu; mục tiêu 80 %."}"""));
    }

    @Test
    void aRankingOfVillagesIsAHorizontalBarChartWithoutUnitOrTargetUntilOneIsSet() {
        Chart chart = Chart.horizontalBar(List.of("Thôn Đồng Tâm Thượng", "Thôn Bản Vược"),
                new Series("Số hộ", List.of(120.0, 85.0), "#0072B2"));

        JsonNode config = sentConfig(chart);
        assertThat(config.get("kind").asString()).isEqualTo("hbar");
        assertThat(config.get("unit").asString()).isEmpty();
        assertThat(config.get("max").isNull()).isTrue();
        assertThat(config.get("target").isNull()).isTrue();
        assertThat(config.get("series").get(0).get("colour").asString()).isEqualTo("#0072B2");
    }

    @Test
    void aChangeSendsTheWholeChartAgainAndAClearedTargetIsGone() {
        Chart chart = Chart.line(List.of("T1", "T2"), new Series("Lượt thăm hộ", List.of(10.0, 12.0)));
        chart.setTarget(15, "Mục tiêu");

        chart.setLabels(List.of("T1", "T2", "T3"));
        chart.setSeries(new Series("Lượt thăm hộ", List.of(10.0, 12.0, 14.0)),
                new Series("Bài học xong", List.of(3.0, 5.0, 8.0)));
        chart.clearTarget();

        assertThat(sentConfig(chart)).isEqualTo(json("""
                {"kind": "line",
                 "labels": ["T1", "T2", "T3"],
                 "series": [{"name": "Lượt thăm hộ", "values": [10.0, 12.0, 14.0], "colour": null},
                            {"name": "Bài học xong", "values": [3.0, 5.0, 8.0], "colour": null}],
                 "unit": "", "max": null, "target": null, "ariaLabel": ""}"""));
    }

    @Test
    void aValueThatIsNotANumberIsSentAsUnknown() {
        // 0/0 is what a commune with no households yet gives for a rate.
        Chart chart = Chart.bar(List.of("Xã Mới"), new Series("Tỷ lệ", List.of(0.0 / 0.0)));

        assertThat(sentConfig(chart).get("series").get(0).get("values").get(0).isNull()).isTrue();
    }

    private static JsonNode sentConfig(Chart chart) {
        return (JsonNode) chart.getElement().getPropertyRaw("config");
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
