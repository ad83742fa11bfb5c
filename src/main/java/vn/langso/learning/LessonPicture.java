package vn.langso.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture a province admin uploaded for a lesson step, as the app re-encoded it; never changed afterwards. */
@Entity
@Table(name = "lesson_picture")
class LessonPicture {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The SHA-256 of {@link #content} in hex, with the extension. */
    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    /** The length makes Hibernate expect MySQL's longblob, which Liquibase's blob becomes there. */
    @Lob
    @Column(nullable = false, length = 100_000_000)
    private byte[] content;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected LessonPicture() {
    }

    LessonPicture(String name, PictureFile file, String uploadedBy, Instant uploadedAt) {
        this.name = name;
        this.contentType = file.contentType();
        this.content = file.bytes();
        this.width = file.width();
        this.height = file.height();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    String getName() {
        return name;
    }

    PictureFile file() {
        return new PictureFile(contentType, content, width, height);
    }
}
