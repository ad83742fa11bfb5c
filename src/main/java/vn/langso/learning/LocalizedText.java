package vn.langso.learning;

import java.util.Locale;

/** A lesson text in Vietnamese and English; anything but English reads Vietnamese. */
public record LocalizedText(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
