package vn.langso.security;

/** The subtree of places a user may see: every place whose path starts with {@code path}. */
public record Scope(long placeId, String path) {

    public String pathPrefixPattern() {
        return path + "%";
    }

    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }
}
