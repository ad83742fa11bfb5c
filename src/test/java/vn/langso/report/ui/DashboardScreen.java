package vn.langso.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import tools.jackson.databind.node.ObjectNode;
import vn.langso.report.Indicator;

/**
 * What a leader reads and taps on the dashboard where the screen keeps it as HTML text rather than as components
 * (issue 8): the indicator tiles, and a tap on a table's heading.
 */
public final class DashboardScreen {

    private DashboardScreen() {
    }

    /** The indicator tiles, as the phone shows them. */
    public static Elements tiles() {
        Div tiles = (Div) UI.getCurrent().getChildren().flatMap(DashboardScreen::descendants)
                .filter(IndicatorTiles.class::isInstance).findFirst().orElseThrow(() -> new AssertionError("No tiles"));
        return Jsoup.parseBodyFragment(tiles.getElement().getOuterHTML()).select(".indicator-tile");
    }

    /** The tile of one indicator. */
    public static org.jsoup.nodes.Element tile(Indicator indicator) {
        return tiles().stream().filter(tile -> tile.attr("data-indicator").equals(indicator.name())).findFirst()
                .orElseThrow(() -> new AssertionError("No tile for " + indicator));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(DashboardScreen::descendants));
    }

    /** Taps the heading of a {@code .figure-table} that reads {@code heading} (with or without its sort arrow). */
    public static void tapHeading(Div figureTable, String heading) {
        String column = Jsoup.parseBodyFragment("<table><thead>" + head(figureTable).getProperty("innerHTML")
                        + "</thead></table>")
                .select("button[data-column]").stream()
                .filter(button -> button.text().equals(heading) || button.text().startsWith(heading + " "))
                .findFirst().orElseThrow(() -> new AssertionError("No heading " + heading)).attr("data-column");
        sendHeadingTap(figureTable, column);
    }

    /** What a phone sends for a tap on a table's headings, with any column text (a forged one too). */
    public static void sendHeadingTap(Div figureTable, String column) {
        Element head = head(figureTable);
        ObjectNode tap = JacksonUtils.createObjectNode();
        tap.put(FigureTable.TAPPED_HEADING, true);
        tap.put(FigureTable.TAPPED_COLUMN, column);
        head.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(head, "click", tap));
    }

    private static Element head(Div figureTable) {
        return figureTable.getElement().getChild(0).getChildren()
                .filter(child -> child.getTag().equals("thead")).findFirst().orElseThrow();
    }
}
