package vn.langso.place;

import java.util.Locale;

/** A place with its type's names in both languages; {@code path} is its materialized path. */
public record PlaceRef(long id, Long parentId, String name, String code, String typeCode, String typeNameVi,
        String typeNameEn, PlaceLevel level, String path, boolean active) {

    /** As people say it: "Thôn Nà Héc", "Xã Tân Lập". */
    public String label(Locale locale) {
        return ("en".equals(locale.getLanguage()) ? typeNameEn : typeNameVi) + " " + name;
    }
}
