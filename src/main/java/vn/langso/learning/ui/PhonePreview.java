package vn.langso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import vn.langso.learning.LessonContent;

/** A lesson being edited as a learner's phone shows it, 360 px wide. */
class PhonePreview extends Dialog {

    PhonePreview(LessonContent content, Locale locale) {
        Div phone = new Div();
        phone.addClassName("phone-preview");
        phone.add(new H2(content.title().in(locale)));
        for (LessonContent.Step step : content.steps()) {
            if (step.picture() != null) {
                Image picture = new Image("lesson-pictures/" + step.picture(), "");
                picture.addClassName("lesson-picture");
                phone.add(picture);
            }
            Paragraph text = new Paragraph(step.text().in(locale));
            text.addClassName("lesson-text");
            phone.add(text);
        }
        for (LessonContent.Question question : content.questions()) {
            Paragraph prompt = new Paragraph(question.prompt().in(locale));
            prompt.addClassName("lesson-question");
            phone.add(prompt);
            question.choices().forEach(choice -> phone.add(new Paragraph((choice.correct() ? "✓ " : "• ")
                    + choice.text().in(locale))));
        }
        add(phone);
        setHeaderTitle(getTranslation("lesson.edit.preview"));
        getFooter().add(new Button(getTranslation("lesson.edit.closePreview"), click -> close()));
    }
}
