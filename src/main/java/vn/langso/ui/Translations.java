package vn.langso.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import vn.langso.common.VietnameseText;

/** Vietnamese first, English second; anything else falls back to Vietnamese. */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = VietnameseText.VIETNAMESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException missing) {
            return "!" + key;
        }
    }

    /** Every text whose key starts with one of {@code prefixes}, for screens that render in the browser. */
    public java.util.Map<String, String> startingWith(Locale locale, String... prefixes) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    texts.put(key, bundle.getString(key));
                }
            }
        }
        return texts;
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}
