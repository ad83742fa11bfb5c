package vn.langso.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import java.util.function.Supplier;

/**
 * A lower section of the dashboard (trend, topics, team activity) folded under its heading. Its chart and tables are
 * made when the leader first opens it, not before: a leader who only reads the tiles and the villages costs the
 * server no memory for the rest, for as long as the page stays open (issue 8), and the phone downloads less at first.
 */
class FoldedSection extends Details {

    private final Supplier<Component> content;
    private boolean built;

    FoldedSection(String title, Supplier<Component> content) {
        super(new H3(title));
        this.content = content;
        addClassName("report-fold");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && !built) {
                built = true;
                add(this.content.get());
            }
        });
    }
}
