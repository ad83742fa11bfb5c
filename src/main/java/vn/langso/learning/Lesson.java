package vn.langso.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "lesson")
class Lesson {

    static final int DEFAULT_MASTERY = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Topic topic;

    @Column(nullable = false)
    private int position;

    @Column(name = "mastery_percent", nullable = false)
    private int masteryPercent = DEFAULT_MASTERY;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Lesson() {
    }

    Lesson(String slug, Topic topic, int position, Instant createdAt) {
        this.slug = slug;
        this.topic = topic;
        this.position = position;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    Topic getTopic() {
        return topic;
    }

    int getPosition() {
        return position;
    }

    int getMasteryPercent() {
        return masteryPercent;
    }

    void setMasteryPercent(int percent) {
        this.masteryPercent = percent;
    }
}
