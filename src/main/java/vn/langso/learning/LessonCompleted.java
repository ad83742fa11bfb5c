package vn.langso.learning;

import java.time.Instant;

/**
 * A learner completed a lesson for the first time (a better score later is not a new completion). Published in
 * the completion's transaction. {@code firstLesson}: the learner's first completed lesson ever; {@code allTopics}:
 * with this one the learner has now completed a lesson in every topic (the five basic digital skills).
 */
public record LessonCompleted(Long placeId, Topic topic, Instant completedAt, boolean firstLesson,
        boolean allTopics) {
}
