package vn.langso.learning;

import java.util.List;

/** Everything a learner sees in one version of a lesson: short steps with a picture each, then scenario questions. */
public record LessonContent(String slug, Topic topic, int order, int minutes, LocalizedText title,
        LocalizedText summary, List<Step> steps, List<Question> questions) {

    public record Step(String picture, LocalizedText text) {
    }

    public record Question(LocalizedText prompt, List<Choice> choices) {

        public int correctChoice() {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).correct()) {
                    return i;
                }
            }
            throw new IllegalStateException("A question without a right answer");
        }
    }

    public record Choice(LocalizedText text, boolean correct, LocalizedText why) {
    }
}
