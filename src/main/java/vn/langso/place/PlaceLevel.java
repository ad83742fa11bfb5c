package vn.langso.place;

/** The levels of Vietnam's two-tier local government (since 1 July 2025) plus the villages below communes. */
public enum PlaceLevel {
    PROVINCE, COMMUNE, VILLAGE
}
