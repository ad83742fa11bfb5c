package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
        Element body = new Element("tbody");
        for (T row : sorted()) {
            Element tr = new Element("tr");
            String cls = rowClass.apply(row);
            if (cls != null) {
                tr.getClassList().add(cls);
            }
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                Element td = new Element(i == 0 ? "th" : "td");
                if (i == 0) {
                    td.setAttribute("scope", "row");
                }
                if (column.numeric()) {
                    td.getClassList().add("numeric");
                }
                td.setText(column.text().apply(row));
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        table.appendChild(head, body);
    }
}
