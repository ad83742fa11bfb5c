package vn.langso.learning;

import java.util.List;

/**
 * What an editor works on: the current published content, its mastery rule and version number; {@code pictures} are
 * the shipped pictures a step can show besides uploaded ones. A new lesson's draft has version 0 and the address it
 * is to get; nothing of it is stored before it is published.
 */
public record LessonDraft(String slug, int versionNumber, int masteryPercent, LessonContent content,
        List<String> pictures) {

    public boolean isNew() {
        return versionNumber == 0;
    }
}
