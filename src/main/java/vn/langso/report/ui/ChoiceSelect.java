package vn.langso.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * One of a few fixed choices (a month of the last three years, an indicator), as the phone's own picker: an HTML
 * select under its label. Its options are one HTML text, so the server keeps three nodes for it, rather than a
 * component per option, for as long as the page is open (issue 8); phones show their native list, easy to tap.
 */
@Tag("label")
class ChoiceSelect<T> extends Component {

    /** Option lists that are the same on every page that shows them, one copy each; see {@link #sameForEveryone}. */
    private static final Map<String, String> SHARED_OPTIONS = new ConcurrentHashMap<>();
    private static final int MOST_SHARED = 1000;

    private final Element select = new Element("select");
    private final List<T> choices;
    private T value;

    ChoiceSelect(String label, List<T> choices, Function<T, String> text, T value) {
        this.choices = List.copyOf(choices);
        this.value = value;
        getElement().getClassList().add("choice-select");
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < this.choices.size(); i++) {
            T choice = this.choices.get(i);
            options.append("<option value=\"").append(i).append('"').append(choice.equals(value) ? " selected" : "")
                    .append('>').append(Entities.escape(text.apply(choice))).append("</option>");
        }
        select.setProperty("innerHTML", options.toString());
        // The caption is a text straight in the label, not in an element of its own: one node fewer on the server.
        getElement().appendChild(Element.createText(label), select);
    }

    /**
     * Keeps one copy of these options for all the pages that show the same list with the same choice (the last 36
     * months, the indicators, in one language): each page would otherwise keep its own copy, about 1 to 2.5 KB, for
     * as long as it is open (issue 8). Not for lists that differ between users, such as a commune's villages.
     */
    ChoiceSelect<T> sameForEveryone() {
        String options = select.getProperty("innerHTML");
        if (SHARED_OPTIONS.size() >= MOST_SHARED) {
            SHARED_OPTIONS.clear();
        }
        select.setProperty("innerHTML", SHARED_OPTIONS.computeIfAbsent(options, same -> same));
        return this;
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
