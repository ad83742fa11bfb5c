package vn.langso.learning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.langso.learning.LessonRuleException;
import vn.langso.learning.LessonService;
import vn.langso.learning.LocalizedText;
import vn.langso.learning.TopicInfo;

/**
 * Starts a new lesson: its topic and title. The title is checked here (it makes the lesson's address); the lesson
 * itself is written in the editor and stored when it is first published.
 */
class NewLessonDialog extends Dialog {

    NewLessonDialog(LessonService lessons, List<TopicInfo> topics) {
        addClassName("form-dialog");
        setHeaderTitle(getTranslation("lessons.newLesson"));
        Select<TopicInfo> topic = new Select<>();
        topic.setLabel(getTranslation("lesson.create.topic"));
        topic.setItems(topics);
        topic.setItemLabelGenerator(info -> info.title().in(getLocale()));
        TextField title = new TextField(getTranslation("lesson.create.titleVi"));
        title.setRequiredIndicatorVisible(true);
        TextField titleEn = new TextField(getTranslation("lesson.create.titleEn"));
        Button start = new Button(getTranslation("lesson.create.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(click -> {
            LocalizedText name = new LocalizedText(title.getValue(), titleEn.getValue());
            try {
                lessons.newDraft(topic.isEmpty() ? null : topic.getValue().code(), name);
                close();
                UI.getCurrent().navigate(LessonEditorView.class,
                        LessonEditorView.newLesson(topic.getValue().code(), name));
            } catch (LessonRuleException refused) {
                HasValidation field = "topic".equals(refused.field()) ? topic
                        : "title.en".equals(refused.field()) ? titleEn : title;
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
                start.setEnabled(true);
            }
        });
        add(topic, title, titleEn);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), start);
    }
}
