package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import vn.langso.report.Dashboard;
import vn.langso.report.Figure;
import vn.langso.report.Indicator;
import vn.langso.report.IndicatorTarget;
import vn.langso.report.TargetStatus;

/** Each indicator as a tile: the percentage, numerator / denominator, and the target it is coloured against. */
class IndicatorTiles extends Div {

    IndicatorTiles(Dashboard dashboard) {
        addClassName("indicator-tiles");
        Locale locale = getLocale();
        // All the tiles are one HTML text: the server then keeps one element for them for as long as the page is
        // open, not one per tile, nor nine per tile as at first (issue 8). Nothing on a tile is tapped.
        StringBuilder html = new StringBuilder();
        for (Indicator indicator : Indicator.values()) {
            Figure figure = dashboard.total().figure(indicator);
            IndicatorTarget target = dashboard.targets().get(indicator);
            TargetStatus status = dashboard.status(indicator, figure);
            html.append("<div class=\"indicator-tile")
                    .append(target == null ? "" : " status-" + status.name().toLowerCase(Locale.ROOT))
                    .append("\" data-indicator=\"").append(indicator.name()).append("\">")
                    .append(span("indicator-label", getTranslation("report.indicator." + indicator.name())))
                    .append(span("indicator-percent", FigureText.percent(figure, locale)))
                    .append(span("indicator-ratio", FigureText.ratio(figure, locale) + " "
                            + getTranslation("report.indicator." + indicator.name() + ".of")));
            if (target != null) {
                html.append(span("indicator-target", FigureText.status(this, target, status)));
            }
            html.append("</div>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    private static String span(String className, String text) {
        return "<span class=\"" + className + "\">" + Entities.escape(text) + "</span>";
    }
}
