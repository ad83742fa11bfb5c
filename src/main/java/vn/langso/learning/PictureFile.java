package vn.langso.learning;

/** A lesson picture as stored and served: PNG or JPEG bytes and their size in pixels. */
public record PictureFile(String contentType, byte[] bytes, int width, int height) {

    /** The largest file an admin may upload; what is stored is smaller (at most 800 px wide). */
    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
}
