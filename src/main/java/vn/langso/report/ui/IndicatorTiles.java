package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
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
            Span label = new Span(getTranslation("report.indicator." + indicator.name()));
            label.addClassName("indicator-label");
            Span percent = new Span(FigureText.percent(figure, locale));
            percent.addClassName("indicator-percent");
            Span ratio = new Span(FigureText.ratio(figure, locale) + " " + getTranslation(
                    "report.indicator." + indicator.name() + ".of"));
            ratio.addClassName("indicator-ratio");
            Div tile = new Div(label, percent, ratio);
            tile.addClassName("indicator-tile");
            tile.getElement().setAttribute("data-indicator", indicator.name());
            if (target != null) {
                Span goal = new Span(FigureText.status(this, target, status));
                goal.addClassName("indicator-target");
                tile.add(goal);
                tile.addClassName("status-" + status.name().toLowerCase(Locale.ROOT));
            }
            add(tile);
        }
    }
}
