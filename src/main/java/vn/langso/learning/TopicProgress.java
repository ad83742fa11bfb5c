package vn.langso.learning;

import java.util.List;

/** A topic with its lessons in order and how many of them the learner has completed. */
public record TopicProgress(TopicInfo topic, List<LessonSummary> lessons) {

    public long completed() {
        return lessons.stream().filter(LessonSummary::completed).count();
    }

    public boolean allCompleted() {
        return !lessons.isEmpty() && completed() == lessons.size();
    }
}
