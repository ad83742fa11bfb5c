package vn.langso.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.langso.common.VietnameseText;

/**
 * What a published lesson must be: short, complete in both languages, one right answer per question. A refusal
 * names the first field at fault, in the order the editor shows them.
 */
final class LessonRules {

    static final int MIN_MASTERY = 50;
    static final int MAX_STEPS = 12;
    static final int MAX_QUESTIONS = 8;
    static final int MAX_CHOICES = 5;
    static final int MAX_TEXT = 600;

    private LessonRules() {
    }

    /** The content tidied (NFC, trimmed) and checked, or a LessonRuleException naming what is wrong and where. */
    static LessonContent check(LessonContent content, String slug, Topic topic, int position,
            Predicate<String> knownPicture) {
        LocalizedText title = text(content.title(), "title");
        LocalizedText summary = text(content.summary(), "summary");
        if (content.minutes() < 1 || content.minutes() > 15) {
            throw new LessonRuleException("lesson.edit.minutes", "minutes");
        }
        List<LessonContent.Step> steps = new ArrayList<>();
        for (LessonContent.Step step : content.steps()) {
            String field = "steps." + steps.size();
            if (step.picture() == null || !knownPicture.test(step.picture())) {
                throw new LessonRuleException("lesson.edit.picture", field + ".picture");
            }
            steps.add(new LessonContent.Step(step.picture(), text(step.text(), field + ".text")));
        }
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new LessonRuleException("lesson.edit.steps", "steps");
        }
        List<LessonContent.Question> questions = new ArrayList<>();
        for (LessonContent.Question question : content.questions()) {
            String field = "questions." + questions.size();
            LocalizedText prompt = text(question.prompt(), field + ".prompt");
            List<LessonContent.Choice> choices = new ArrayList<>();
            for (LessonContent.Choice choice : question.choices()) {
                String at = field + ".choices." + choices.size();
                choices.add(new LessonContent.Choice(text(choice.text(), at + ".text"), choice.correct(),
                        text(choice.why(), at + ".why")));
            }
            if (choices.size() < 2 || choices.size() > MAX_CHOICES
                    || choices.stream().filter(LessonContent.Choice::correct).count() != 1) {
                throw new LessonRuleException("lesson.edit.oneRightAnswer", field + ".choices");
            }
            questions.add(new LessonContent.Question(prompt, choices));
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new LessonRuleException("lesson.edit.questions", "questions");
        }
        return new LessonContent(slug, topic, position, content.minutes(), title, summary, steps, questions);
    }

    /** A new lesson's title: Vietnamese required (it makes the address), English may follow in the editor. */
    static LocalizedText newTitle(LocalizedText title) {
        String vi = title == null ? null : VietnameseText.clean(title.vi());
        String en = title == null || title.en() == null ? "" : VietnameseText.clean(title.en());
        if (vi == null || VietnameseText.slug(vi, MAX_TEXT).isEmpty()) {
            throw new LessonRuleException("lesson.create.titleRequired", "title.vi");
        }
        if (vi.length() > MAX_TEXT) {
            throw new LessonRuleException("lesson.edit.tooLong", "title.vi");
        }
        if (en.length() > MAX_TEXT) {
            throw new LessonRuleException("lesson.edit.tooLong", "title.en");
        }
        return new LocalizedText(vi, en);
    }

    private static LocalizedText text(LocalizedText text, String field) {
        String vi = text == null ? null : VietnameseText.clean(text.vi());
        String en = text == null ? null : VietnameseText.clean(text.en());
        if (vi == null || vi.isEmpty()) {
            throw new LessonRuleException("lesson.edit.bothLanguages", field + ".vi");
        }
        if (en == null || en.isEmpty()) {
            throw new LessonRuleException("lesson.edit.bothLanguages", field + ".en");
        }
        if (vi.length() > MAX_TEXT) {
            throw new LessonRuleException("lesson.edit.tooLong", field + ".vi");
        }
        if (en.length() > MAX_TEXT) {
            throw new LessonRuleException("lesson.edit.tooLong", field + ".en");
        }
        return new LocalizedText(vi, en);
    }
}
