package vn.langso.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.langso.common.VietnameseText;

/** What a published lesson must be: short, complete in both languages, one right answer per question. */
final class LessonRules {

    static final int MIN_MASTERY = 50;
    static final int MAX_STEPS = 12;
    static final int MAX_QUESTIONS = 8;
    static final int MAX_CHOICES = 5;
    static final int MAX_TEXT = 600;

    private LessonRules() {
    }

    /** The content tidied (NFC, trimmed) and checked, or a LessonRuleException naming what is wrong. */
    static LessonContent check(LessonContent content, String slug, Topic topic, int position, Set<String> pictures) {
        if (content.minutes() < 1 || content.minutes() > 15) {
            throw new LessonRuleException("lesson.edit.minutes");
        }
        List<LessonContent.Step> steps = new ArrayList<>();
        for (LessonContent.Step step : content.steps()) {
            if (!pictures.contains(step.picture())) {
                throw new LessonRuleException("lesson.edit.picture");
            }
            steps.add(new LessonContent.Step(step.picture(), text(step.text())));
        }
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new LessonRuleException("lesson.edit.steps");
        }
        List<LessonContent.Question> questions = new ArrayList<>();
        for (LessonContent.Question question : content.questions()) {
            List<LessonContent.Choice> choices = new ArrayList<>();
            for (LessonContent.Choice choice : question.choices()) {
                choices.add(new LessonContent.Choice(text(choice.text()), choice.correct(), text(choice.why())));
            }
            if (choices.size() < 2 || choices.size() > MAX_CHOICES
                    || choices.stream().filter(LessonContent.Choice::correct).count() != 1) {
                throw new LessonRuleException("lesson.edit.oneRightAnswer");
            }
            questions.add(new LessonContent.Question(text(question.prompt()), choices));
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new LessonRuleException("lesson.edit.questions");
        }
        return new LessonContent(slug, topic, position, content.minutes(), text(content.title()),
                text(content.summary()), steps, questions);
    }

    private static LocalizedText text(LocalizedText text) {
        String vi = text == null ? null : VietnameseText.clean(text.vi());
        String en = text == null ? null : VietnameseText.clean(text.en());
        if (vi == null || vi.isEmpty() || en == null || en.isEmpty()) {
            throw new LessonRuleException("lesson.edit.bothLanguages");
        }
        if (vi.length() > MAX_TEXT || en.length() > MAX_TEXT) {
            throw new LessonRuleException("lesson.edit.tooLong");
        }
        return new LocalizedText(vi, en);
    }
}
