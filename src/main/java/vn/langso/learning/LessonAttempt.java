package vn.langso.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One go at a lesson's questions, stored once under the id the phone made for it. */
@Entity
@Table(name = "lesson_attempt")
class LessonAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 36)
    private String clientId;

    @Column(name = "lesson_version_id", nullable = false)
    private long lessonVersionId;

    @Column(name = "learner_key", nullable = false, length = 120)
    private String learnerKey;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "person_name", length = 200)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LearningMode mode;

    @Column(name = "assisted_by")
    private Long assistedBy;

    @Column(nullable = false)
    private int correct;

    @Column(nullable = false)
    private int total;

    @Column(name = "score_percent", nullable = false)
    private int scorePercent;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "place_id")
    private Long placeId;

    protected LessonAttempt() {
    }

    LessonAttempt(String clientId, long lessonVersionId, Learner learner, int correct, int total, int mastery,
            Instant answeredAt) {
        this.clientId = clientId;
        this.lessonVersionId = lessonVersionId;
        this.learnerKey = learner.key();
        this.learnerId = learner.accountId();
        this.householdId = learner.householdId();
        this.personName = learner.personName();
        this.mode = learner.mode();
        this.assistedBy = learner.assistedBy();
        this.placeId = learner.placeId();
        this.correct = correct;
        this.total = total;
        this.scorePercent = total == 0 ? 0 : Math.round(100f * correct / total);
        this.passed = scorePercent >= mastery;
        this.answeredAt = answeredAt;
    }

    Long getId() {
        return id;
    }

    String getLearnerKey() {
        return learnerKey;
    }

    long getLessonVersionId() {
        return lessonVersionId;
    }

    int getCorrect() {
        return correct;
    }

    int getTotal() {
        return total;
    }

    int getScorePercent() {
        return scorePercent;
    }

    boolean isPassed() {
        return passed;
    }
}
