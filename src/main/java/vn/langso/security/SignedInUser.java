package vn.langso.security;

import java.util.Locale;

/**
 * The signed-in user with their home place. {@code placePath} is the materialized path of the home place;
 * everything whose path starts with it is in the user's scope.
 */
public record SignedInUser(long id, String username, String fullName, Role role, long placeId, String placeName,
        String placeTypeVi, String placeTypeEn, String placePath, Locale locale) {

    /** The home place as people say it, e.g. "Thôn Nà Héc" or "Village Nà Héc". */
    public String placeLabel(Locale language) {
        return ("en".equals(language.getLanguage()) ? placeTypeEn : placeTypeVi) + " " + placeName;
    }

    public Scope scope() {
        return new Scope(placeId, placePath);
    }
}
