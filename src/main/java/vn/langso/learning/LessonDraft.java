package vn.langso.learning;

import java.util.List;

/** What an editor works on: the current published content, its mastery rule and version number. */
public record LessonDraft(String slug, int versionNumber, int masteryPercent, LessonContent content,
        List<String> pictures) {
}
