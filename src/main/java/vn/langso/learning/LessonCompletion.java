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

/** A learner reached the lesson's mastery score; the best attempt is the one that counts. */
@Entity
@Table(name = "lesson_completion")
class LessonCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "learner_key", nullable = false, length = 120)
    private String learnerKey;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "person_name", length = 200)
    private String personName;

    @Column(name = "best_attempt_id", nullable = false)
    private long bestAttemptId;

    @Column(name = "lesson_version_id", nullable = false)
    private long lessonVersionId;

    @Column(name = "best_score", nullable = false)
    private int bestScore;

    @Column(nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LearningMode mode;

    @Column(name = "assisted_by")
    private Long assistedBy;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "place_id")
    private Long placeId;

    @Version
    private long version;

    protected LessonCompletion() {
    }

    LessonCompletion(long lessonId, Learner learner, LessonAttempt attempt, int attempts, Instant at) {
        this.lessonId = lessonId;
        this.learnerKey = learner.key();
        this.learnerId = learner.accountId();
        this.householdId = learner.householdId();
        this.personName = learner.personName();
        this.attempts = attempts;
        better(learner, attempt, at);
    }

    /** A passing attempt with a higher score becomes the one that counts. */
    void counted(Learner learner, LessonAttempt attempt, int attemptCount, Instant at) {
        attempts = attemptCount;
        if (attempt.getScorePercent() > bestScore) {
            better(learner, attempt, at);
        }
    }

    private void better(Learner learner, LessonAttempt attempt, Instant at) {
        this.bestAttemptId = attempt.getId();
        this.lessonVersionId = attempt.getLessonVersionId();
        this.bestScore = attempt.getScorePercent();
        this.mode = learner.mode();
        this.assistedBy = learner.assistedBy();
        this.placeId = learner.placeId();
        this.completedAt = at;
    }

    int getBestScore() {
        return bestScore;
    }

    int getAttempts() {
        return attempts;
    }

    long getLessonId() {
        return lessonId;
    }

    LearningMode getMode() {
        return mode;
    }
}
