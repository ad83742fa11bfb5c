package vn.langso.place;

/** A place as lists show it; {@code typeName} is in the caller's language. */
public record PlaceRow(long id, Long parentId, String name, String typeCode, String typeName, PlaceLevel level,
        String code, int depth) {
}
