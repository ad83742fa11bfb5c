package vn.langso.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * One of a few fixed choices (a month of the last three years, an indicator), as the phone's own picker: an HTML
 * select under its label. Its options are one HTML text, so the server keeps three elements for it, rather than a
 * component per option, for as long as the page is open (issue 8); phones show their native list, easy to tap.
 */
@Tag("label")
class ChoiceSelect<T> extends Component {

    private final Element select = new Element("select");
    private final List<T> choices;
    private T value;

    ChoiceSelect(String label, List<T> choices, Function<T, String> text, T value) {
        this.choices = List.copyOf(choices);
        this.value = value;
        getElement().getClassList().add("choice-select");
        Element caption = new Element("span");
        caption.setText(label);
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < this.choices.size(); i++) {
            T choice = this.choices.get(i);
            options.append("<option value=\"").append(i).append('"').append(choice.equals(value) ? " selected" : "")
                    .append('>').append(Entities.escape(text.apply(choice))).append("</option>");
        }
        select.setProperty("innerHTML", options.toString());
        getElement().appendChild(caption, select);
    }

    /** Called with the choice the user picked; anything else the browser sends is not a choice offered, and ignored. */
    void onChoice(Consumer<T> chosen) {
        select.addPropertyChangeListener("value", "change", change -> {
            if (!change.isUserOriginated() || !(change.getValue() instanceof String index)
                    || !index.matches("\\d{1,4}") || Integer.parseInt(index) >= choices.size()) {
                return;
            }
            value = choices.get(Integer.parseInt(index));
            chosen.accept(value);
        });
    }

    T getValue() {
        return value;
    }
}
