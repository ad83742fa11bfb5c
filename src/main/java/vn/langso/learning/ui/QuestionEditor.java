package vn.langso.learning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LocalizedText;

/** One question in the editor: the scenario, its choices, which one is right and why each is right or wrong. */
class QuestionEditor extends Div {

    private final TextPair prompt;
    private final Div choiceList = new Div();
    private final List<ChoiceEditor> choices = new ArrayList<>();

    QuestionEditor(LessonContent.Question question, Runnable remove) {
        addClassName("editor-block");
        prompt = new TextPair("lesson.edit.prompt", question.prompt());
        question.choices().forEach(this::addChoice);
        Button addChoice = new Button(getTranslation("lesson.edit.addChoice"),
                click -> addChoice(new LessonContent.Choice(new LocalizedText("", ""), false, new LocalizedText("", ""))));
        add(prompt, choiceList, addChoice, new Button(getTranslation("lesson.edit.removeQuestion"), click -> remove.run()));
    }

    private void addChoice(LessonContent.Choice choice) {
        ChoiceEditor editor = new ChoiceEditor(choice);
        choices.add(editor);
        choiceList.add(editor);
    }

    LessonContent.Question value() {
        return new LessonContent.Question(prompt.value(), choices.stream().map(ChoiceEditor::value).toList());
    }

    /**
     * The field a refusal names after "questions.N.": "prompt.vi", "choices.M.why.en" and the like; "choices" alone
     * (too few, or not one right answer) points at the first "right answer" box.
     */
    HasValidation field(String[] path) {
        if ("choices".equals(path[0])) {
            if (path.length < 4) {
                return choices.isEmpty() ? prompt.field("vi") : choices.getFirst().right;
            }
            ChoiceEditor choice = choices.get(Integer.parseInt(path[1]));
            return ("why".equals(path[2]) ? choice.why : choice.text).field(path[3]);
        }
        return prompt.field(path.length > 1 ? path[1] : "vi");
    }

    private final class ChoiceEditor extends Div {

        private final TextPair text;
        private final Checkbox right = new Checkbox();
        private final TextPair why;

        ChoiceEditor(LessonContent.Choice choice) {
            addClassName("editor-choice");
            text = new TextPair("lesson.edit.choice", choice.text());
            right.setLabel(getTranslation("lesson.edit.rightAnswer"));
            right.setValue(choice.correct());
            why = new TextPair("lesson.edit.why", choice.why());
            add(text, right, why, new Button(getTranslation("lesson.edit.removeChoice"), click -> {
                choices.remove(this);
                choiceList.remove(this);
            }));
        }

        LessonContent.Choice value() {
            return new LessonContent.Choice(text.value(), right.getValue(), why.value());
        }
    }
}
