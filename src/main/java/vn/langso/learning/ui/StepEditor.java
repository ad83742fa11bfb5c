package vn.langso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import vn.langso.learning.LessonContent;

/** One step of a lesson in the editor: its picture and its text in both languages. */
class StepEditor extends Div {

    private final Select<String> picture = new Select<>();
    private final TextPair text;

    StepEditor(LessonContent.Step step, List<String> pictures, Runnable remove) {
        addClassName("editor-block");
        Image preview = new Image("lesson-pictures/" + step.picture(), "");
        preview.addClassName("editor-picture");
        picture.setLabel(getTranslation("lesson.edit.picture.label"));
        picture.setItems(pictures);
        picture.setValue(step.picture());
        picture.setWidthFull();
        picture.addValueChangeListener(change -> preview.setSrc("lesson-pictures/" + change.getValue()));
        text = new TextPair("lesson.edit.stepText", step.text());
        add(picture, preview, text, new Button(getTranslation("lesson.edit.removeStep"), click -> remove.run()));
    }

    LessonContent.Step value() {
        return new LessonContent.Step(picture.getValue(), text.value());
    }
}
