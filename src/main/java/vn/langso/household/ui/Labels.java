package vn.langso.household.ui;

import com.vaadin.flow.component.html.Span;

/** The bits of text the register's lists are made of, with the app's shared row and chip styles. */
final class Labels {

    private Labels() {
    }

    static Span text(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    /** {@code variant}: chip-ok, chip-warning, chip-error or chip-muted. */
    static Span chip(String text, String variant) {
        Span chip = text(text, "chip");
        chip.addClassName(variant);
        return chip;
    }
}
