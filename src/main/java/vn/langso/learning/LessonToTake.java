package vn.langso.learning;

/** The current published version of a lesson, to be taken. */
public record LessonToTake(long versionId, int versionNumber, int masteryPercent, LessonContent content) {
}
