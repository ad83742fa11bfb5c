package vn.langso.learning;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves uploaded lesson pictures. A name is the hash of the bytes, so a phone may keep a picture for a year without
 * asking again. Like the shipped pictures, they are open to everyone (the sign-in page and shared links show them).
 */
@RestController
class UploadedPictureController {

    private final LessonService lessons;

    UploadedPictureController(LessonService lessons) {
        this.lessons = lessons;
    }

    @GetMapping(LessonPictures.PATH + LessonPictures.UPLOADED + "{name}")
    ResponseEntity<byte[]> picture(@PathVariable String name) {
        return lessons.uploadedPicture(name)
                .map(file -> ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .eTag(name).body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
