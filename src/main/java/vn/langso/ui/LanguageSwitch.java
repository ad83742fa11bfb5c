package vn.langso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/** Two large buttons, "Tiếng Việt" and "English", each written in its own language. */
public class LanguageSwitch extends Div {

    public LanguageSwitch(LocaleSupport localeSupport) {
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        add(option("Tiếng Việt", Translations.VIETNAMESE, localeSupport),
                option("English", Translations.ENGLISH, localeSupport));
    }

    private Button option(String label, Locale locale, LocaleSupport localeSupport) {
        Button button = new Button(label, click -> localeSupport.switchTo(locale));
        button.getElement().setAttribute("lang", locale.getLanguage());
        boolean current = locale.getLanguage().equals(Translations.supported(getLocale()).getLanguage());
        button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
        button.addThemeVariants(current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        return button;
    }
}
