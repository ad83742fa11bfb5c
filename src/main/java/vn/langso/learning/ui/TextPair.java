package vn.langso.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import vn.langso.learning.LocalizedText;

/** A text in Vietnamese and English, edited side by side (stacked on a phone). */
class TextPair extends Div {

    private final TextArea vi = new TextArea();
    private final TextArea en = new TextArea();

    TextPair(String labelKey, LocalizedText value) {
        addClassName("text-pair");
        vi.setLabel(getTranslation(labelKey) + " (" + getTranslation("lesson.edit.vi") + ")");
        en.setLabel(getTranslation(labelKey) + " (" + getTranslation("lesson.edit.en") + ")");
        vi.setWidthFull();
        en.setWidthFull();
        if (value != null) {
            vi.setValue(value.vi() == null ? "" : value.vi());
            en.setValue(value.en() == null ? "" : value.en());
        }
        add(vi, en);
    }

    LocalizedText value() {
        return new LocalizedText(vi.getValue(), en.getValue());
    }

    /** The box for "vi" or "en", as a refusal names it. */
    TextArea field(String language) {
        return "en".equals(language) ? en : vi;
    }
}
