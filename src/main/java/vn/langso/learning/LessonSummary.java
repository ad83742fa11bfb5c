package vn.langso.learning;

/** A lesson in the catalogue, with the signed-in learner's best score (null: not tried yet). */
public record LessonSummary(String slug, Topic topic, int position, int minutes, LocalizedText title,
        LocalizedText summary, Integer bestScore, boolean completed) {
}
