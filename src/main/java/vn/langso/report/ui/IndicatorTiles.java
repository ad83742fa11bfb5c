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
        for (Indicator indicator : Indicator.values()) {
            Figure figure = dashboard.total().figure(indicator);
            IndicatorTarget target = dashboard.targets().get(indicator);
            TargetStatus status = dashboard.status(indicator, figure);
            // A tile's text is one HTML text, not a span per line: the server then keeps one element per tile for as
            // long as the page is open, not nine (issue 8).
            StringBuilder html = new StringBuilder()
                    .append(span("indicator-label", getTranslation("report.indicator." + indicator.name())))
                    .append(span("indicator-percent", FigureText.percent(figure, locale)))
                    .append(span("indicator-ratio", FigureText.ratio(figure, locale) + " "
                            + getTranslation("report.indicator." + indicator.name() + ".of")));
            Div tile = new Div();
            tile.addClassName("indicator-tile");
            tile.getElement().setAttribute("data-indicator", indicator.name());
            if (target != null) {
                html.append(span("indicator-target", FigureText.status(this, target, status)));
                tile.addClassName("status-" + status.name().toLowerCase(Locale.ROOT));
            }
            tile.getElement().setProperty("innerHTML", html.toString());
            add(tile);
        }
    }

    private static String span(String className, String text) {
        return "<span class=\"" + className + "\">" + Entities.escape(text) + "</span>";
    }
}
