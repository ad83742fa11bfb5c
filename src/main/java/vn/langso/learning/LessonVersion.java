package vn.langso.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published version of a lesson; never changed afterwards. */
@Entity
@Table(name = "lesson_version")
class LessonVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(nullable = false)
    private int number;

    /** JSON; the length makes Hibernate expect MySQL's longtext, which Liquibase's clob becomes there. */
    @Lob
    @Column(nullable = false, length = 100_000_000)
    private String content;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    protected LessonVersion() {
    }

    LessonVersion(long lessonId, int number, String content, Instant publishedAt, String publishedBy) {
        this.lessonId = lessonId;
        this.number = number;
        this.content = content;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    Long getId() {
        return id;
    }

    long getLessonId() {
        return lessonId;
    }

    int getNumber() {
        return number;
    }

    String getContent() {
        return content;
    }

    String getPublishedBy() {
        return publishedBy;
    }
}
