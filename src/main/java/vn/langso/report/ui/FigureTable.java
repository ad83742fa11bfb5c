package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.JsonNode;

/**
 * A light table a leader can sort by tapping a column heading (a second tap reverses it), readable at 360 px: few
 * columns, numbers right-aligned, and the table scrolls inside its own box rather than the page. A plain HTML
 * table, so a phone downloads nothing more for it.
 */
class FigureTable<T> extends Div {

    record Column<T>(String header, Function<T, String> text, Comparator<T> order, boolean numeric) {
    }

    private static final String TAPPED_BUTTON = "event.target.closest('[data-column]')";
    /** Whether a tap landed on a heading's button (a boolean: Flow sends the event only when it is true). */
    static final String TAPPED_HEADING = "!!" + TAPPED_BUTTON;
    /** What a tap on a heading sends: the number of its column. */
    static final String TAPPED_COLUMN = TAPPED_BUTTON + "?.dataset.column";

    private final List<Column<T>> columns = new ArrayList<>();
    private final Element table = new Element("table");
    private final Element head = new Element("thead");
    private final Element body = new Element("tbody");
    private List<T> rows = List.of();
    private int sortColumn = -1;
    private boolean descending;
    private Function<T, String> rowClass = row -> null;

    FigureTable(String caption) {
        addClassName("figure-table");
        Element captionElement = new Element("caption");
        captionElement.setText(caption);
        table.appendChild(captionElement, head, body);
        getElement().appendChild(table);
        head.addEventListener("click", tap -> {
            JsonNode tapped = tap.getEventData().get(TAPPED_COLUMN);
            String text = tapped == null ? "" : tapped.asString("");
            if (!text.matches("\\d{1,2}") || Integer.parseInt(text) >= columns.size()) {
                return;
            }
            int index = Integer.parseInt(text);
            sortBy(index, index == sortColumn ? !descending : columns.get(index).numeric());
        }).addEventData(TAPPED_COLUMN).setFilter(TAPPED_HEADING);
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
    }

    FigureTable<T> column(String header, Function<T, String> text, Comparator<T> order, boolean numeric) {
        columns.add(new Column<>(header, text, order, numeric));
        return this;
    }

    FigureTable<T> rowClass(Function<T, String> rowClass) {
        this.rowClass = rowClass;
        return this;
    }

    /** Shows rows in the order given until the user sorts. */
    void setRows(List<T> rows) {
        this.rows = List.copyOf(rows);
        render();
    }

    void sortBy(int column, boolean descending) {
        this.sortColumn = column;
        this.descending = descending;
        render();
    }

    private List<T> sorted() {
        if (sortColumn < 0) {
            return rows;
        }
        Comparator<T> order = columns.get(sortColumn).order();
        return rows.stream().sorted(descending ? order.reversed() : order).toList();
    }

    private void render() {
        // The headings are one HTML text too, with one listener for all of them on their row group: a button, a
        // cell and a text per heading would be three elements each on the server for as long as the page is open.
        StringBuilder headings = new StringBuilder("<tr>");
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            headings.append("<th scope=\"col\"").append(column.numeric() ? " class=\"numeric\"" : "")
                    .append(i == sortColumn ? descending ? " aria-sort=\"descending\"" : " aria-sort=\"ascending\"" : "")
                    .append("><button type=\"button\" class=\"sort-button\" data-column=\"").append(i).append("\">")
                    .append(Entities.escape(column.header() + (i == sortColumn ? descending ? " ▼" : " ▲" : "")))
                    .append("</button></th>");
        }
        head.setProperty("innerHTML", headings.append("</tr>").toString());
        // The rows are one HTML text, not an element per cell: a village table has hundreds of cells, and each
        // element would stay in the server's memory for as long as the leader keeps the page open (issue 8).
        StringBuilder html = new StringBuilder();
        for (T row : sorted()) {
            String cls = rowClass.apply(row);
            html.append(cls == null ? "<tr>" : "<tr class=\"" + Entities.escape(cls) + "\">");
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                String tag = i == 0 ? "th" : "td";
                html.append('<').append(tag).append(i == 0 ? " scope=\"row\"" : "")
                        .append(column.numeric() ? " class=\"numeric\">" : ">")
                        .append(Entities.escape(Objects.requireNonNullElse(column.text().apply(row), ""))).append("</").append(tag).append('>');
            }
            html.append("</tr>");
        }
        body.setProperty("innerHTML", html.toString());
    }
}
