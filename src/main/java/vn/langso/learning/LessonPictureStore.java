package vn.langso.learning;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The pictures steps may show: those shipped with the lessons and those admins uploaded. An upload is stored under
 * the hash of what is stored, so the same picture twice is one row and a name always means the same bytes.
 */
@Component
class LessonPictureStore {

    private final LessonPictureRepository pictures;
    private final LessonLibrary library;
    private final Clock clock;

    LessonPictureStore(LessonPictureRepository pictures, LessonLibrary library, Clock clock) {
        this.pictures = pictures;
        this.library = library;
        this.clock = clock;
    }

    /** Scales and stores an upload (unless the same picture is there already); what a step refers to it by. */
    String store(byte[] upload, String uploadedBy) {
        PictureFile file = PictureScaler.scale(upload);
        String name = sha256(file.bytes()) + ("image/png".equals(file.contentType()) ? ".png" : ".jpg");
        if (!pictures.existsByName(name)) {
            pictures.save(new LessonPicture(name, file, uploadedBy, clock.instant()));
        }
        return LessonPictures.UPLOADED + name;
    }

    boolean known(String reference) {
        return library.pictures().contains(reference) || reference.startsWith(LessonPictures.UPLOADED)
                && pictures.existsByName(reference.substring(LessonPictures.UPLOADED.length()));
    }

    Optional<PictureFile> uploaded(String name) {
        return pictures.findByName(name).map(LessonPicture::file);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
