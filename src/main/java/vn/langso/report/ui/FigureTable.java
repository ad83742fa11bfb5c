package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * A light table a leader can sort by tapping a column heading (a second tap reverses it), readable at 360 px: few
 * columns, numbers right-aligned, and the table scrolls inside its own box rather than the page. A plain HTML
 * table, so a phone downloads nothing more for it.
 */
class FigureTable<T> extends Div {

    record Column<T>(String header, Function<T, String> text, Comparator<T> order, boolean numeric) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private final Element table = new Element("table");
    private List<T> rows = List.of();
    private int sortColumn = -1;
    private boolean descending;
    private Function<T, String> rowClass = row -> null;

    FigureTable(String caption) {
        addClassName("figure-table");
        Element captionElement = new Element("caption");
        captionElement.setText(caption);
        table.appendChild(captionElement);
        getElement().appendChild(table);
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
        while (table.getChildCount() > 1) {
            table.removeChild(table.getChildCount() - 1);
        }
        Element head = new Element("thead");
        Element headRow = new Element("tr");
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            if (column.numeric()) {
                th.getClassList().add("numeric");
            }
            if (i == sortColumn) {
                th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            }
            NativeButton sort = new NativeButton(column.header() + (i == sortColumn ? descending ? " ▼" : " ▲" : ""));
            sort.addClassName("sort-button");
            int index = i;
            sort.addClickListener(click -> sortBy(index, index == sortColumn ? !descending : column.numeric()));
            th.appendChild(sort.getElement());
            headRow.appendChild(th);
        }
        head.appendChild(headRow);
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
        Element body = new Element("tbody");
        body.setProperty("innerHTML", html.toString());
        table.appendChild(head, body);
    }
}
