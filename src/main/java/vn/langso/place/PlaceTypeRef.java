package vn.langso.place;

import java.util.Locale;

public record PlaceTypeRef(String code, String nameVi, String nameEn) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
