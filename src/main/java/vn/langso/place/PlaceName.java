package vn.langso.place;

import java.util.Locale;

/** Only a place's id and name, for screens open to anyone (the villager's sign-up). */
public record PlaceName(long id, String name, String typeNameVi, String typeNameEn) {

    /** As people say it: "Thôn Nà Héc", "Xã Tân Lập". */
    public String label(Locale locale) {
        return ("en".equals(locale.getLanguage()) ? typeNameEn : typeNameVi) + " " + name;
    }
}
