package vn.langso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Locale;
import vn.langso.ui.Translations;

/**
 * "Nghe": reads a text aloud with the phone's own voice, in the browser (frontend/components/listen-button.ts), so
 * it costs no server time and works without a signal once the page is open. Only one button reads at a time.
 */
@Tag("listen-button")
@NpmPackage(value = "lit", version = "3.3.1")
@JsModule("./components/listen-button.ts")
public class ListenButton extends Component {

    /** Reads {@code textToRead} in the language of the page. */
    public ListenButton(String textToRead) {
        this(textToRead, null);
    }

    /** Reads {@code textToRead} in {@code language} (Vietnamese or English; the page's language when null). */
    public ListenButton(String textToRead, Locale language) {
        getElement().setAttribute("listen-label", getTranslation("listen.listen"));
        getElement().setAttribute("stop-label", getTranslation("listen.stop"));
        setLanguage(language == null ? getLocale() : language);
        setText(textToRead);
    }

    /** A new text stops the reading of the old one; with no text the button is not shown. */
    public void setText(String textToRead) {
        String text = textToRead == null ? "" : textToRead.strip();
        getElement().setProperty("text", text);
        setVisible(!text.isEmpty());
    }

    public String getText() {
        return getElement().getProperty("text", "");
    }

    public void setLanguage(Locale language) {
        boolean english = Translations.supported(language).equals(Translations.ENGLISH);
        getElement().setProperty("lang", english ? "en" : "vi");
        getElement().setAttribute("no-voice-text",
                english ? getTranslation("listen.noVoice.en") : getTranslation("listen.noVoice.vi"));
    }
}
