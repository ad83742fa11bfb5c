package vn.langso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonDraft;
import vn.langso.learning.LessonRuleException;
import vn.langso.learning.LessonService;
import vn.langso.learning.LocalizedText;
import vn.langso.security.AppRoles;

/**
 * The province admin edits a lesson (texts in both languages, pictures, questions, mastery rule), previews it at
 * phone size and publishes it as a new version. Completions already earned keep the version they were earned on.
 */
@Route("lesson-editor/:slug")
@PageTitle("Làng Số")
@RolesAllowed(AppRoles.PROVINCE_ADMIN)
public class LessonEditorView extends Div implements BeforeEnterObserver {

    private final LessonService lessons;
    private LessonDraft draft;
    private TextPair title;
    private TextPair summary;
    private final IntegerField minutes = new IntegerField();
    private final IntegerField mastery = new IntegerField();
    private final Div stepList = new Div();
    private final Div questionList = new Div();
    private final List<StepEditor> steps = new ArrayList<>();
    private final List<QuestionEditor> questions = new ArrayList<>();
    private final Paragraph problem = new Paragraph();
    private Button publish;

    LessonEditorView(LessonService lessons) {
        this.lessons = lessons;
        addClassName("page");
        addClassName("lesson-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            draft = lessons.draft(event.getRouteParameters().get(LessonView.SLUG).orElse(""));
        } catch (LessonRuleException notFound) {
            removeAll();
            add(new H2(getTranslation(notFound.messageKey())));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        steps.clear();
        questions.clear();
        stepList.removeAll();
        questionList.removeAll();
        LessonContent content = draft.content();
        Span version = new Span(getTranslation("lesson.edit.version", draft.versionNumber()));
        version.addClassName("lesson-counter");
        title = new TextPair("lesson.edit.title", content.title());
        summary = new TextPair("lesson.edit.summary", content.summary());
        minutes.setLabel(getTranslation("lesson.edit.minutes.label"));
        minutes.setValue(content.minutes());
        mastery.setLabel(getTranslation("lesson.edit.mastery.label"));
        mastery.setValue(draft.masteryPercent());
        mastery.setSuffixComponent(new Span("%"));
        content.steps().forEach(this::addStep);
        content.questions().forEach(this::addQuestion);
        Button addStep = new Button(getTranslation("lesson.edit.addStep"),
                click -> addStep(new LessonContent.Step(draft.pictures().getFirst(), new LocalizedText("", ""))));
        Button addQuestion = new Button(getTranslation("lesson.edit.addQuestion"), click -> addQuestion(
                new LessonContent.Question(new LocalizedText("", ""), List.of())));
        problem.addClassName("error-text");
        problem.setVisible(false);
        Button preview = new Button(getTranslation("lesson.edit.preview"), click -> preview());
        publish = new Button(getTranslation("lesson.edit.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setDisableOnClick(true);
        Div actions = new Div(preview, publish);
        actions.addClassName("lesson-buttons");
        add(new H2(content.title().in(getLocale())), version, title, summary, minutes, mastery,
                new H3(getTranslation("lesson.edit.steps.title")), stepList, addStep,
                new H3(getTranslation("lesson.edit.questions.title")), questionList, addQuestion, problem, actions);
    }

    private void addStep(LessonContent.Step step) {
        StepEditor[] holder = new StepEditor[1];
        holder[0] = new StepEditor(step, draft.pictures(), () -> {
            steps.remove(holder[0]);
            stepList.remove(holder[0]);
        });
        steps.add(holder[0]);
        stepList.add(holder[0]);
    }

    private void addQuestion(LessonContent.Question question) {
        QuestionEditor[] holder = new QuestionEditor[1];
        holder[0] = new QuestionEditor(question, () -> {
            questions.remove(holder[0]);
            questionList.remove(holder[0]);
        });
        questions.add(holder[0]);
        questionList.add(holder[0]);
    }

    private LessonContent edited() {
        LessonContent content = draft.content();
        return new LessonContent(content.slug(), content.topic(), content.order(),
                minutes.getValue() == null ? 0 : minutes.getValue(), title.value(), summary.value(),
                steps.stream().map(StepEditor::value).toList(), questions.stream().map(QuestionEditor::value).toList());
    }

    private void publish() {
        try {
            int number = lessons.publish(draft.slug(), draft.versionNumber(),
                    mastery.getValue() == null ? 0 : mastery.getValue(), edited());
            draft = lessons.draft(draft.slug());
            build();
            Paragraph done = new Paragraph(getTranslation("lesson.edit.published", number));
            done.addClassName("lesson-passed");
            addComponentAtIndex(1, done);
        } catch (LessonRuleException refused) {
            problem.setText(getTranslation(refused.messageKey()));
            problem.setVisible(true);
            publish.setEnabled(true);
        }
    }

    /** The lesson as a learner's phone shows it, 360 px wide. */
    private void preview() {
        Locale locale = getLocale();
        LessonContent content = edited();
        Div phone = new Div();
        phone.addClassName("phone-preview");
        phone.add(new H2(content.title().in(locale)));
        for (LessonContent.Step step : content.steps()) {
            Image picture = new Image("lesson-pictures/" + step.picture(), "");
            picture.addClassName("lesson-picture");
            Paragraph text = new Paragraph(step.text().in(locale));
            text.addClassName("lesson-text");
            phone.add(picture, text);
        }
        for (LessonContent.Question question : content.questions()) {
            Paragraph prompt = new Paragraph(question.prompt().in(locale));
            prompt.addClassName("lesson-question");
            phone.add(prompt);
            question.choices().forEach(choice -> phone.add(new Paragraph((choice.correct() ? "✓ " : "• ")
                    + choice.text().in(locale))));
        }
        Dialog dialog = new Dialog(phone);
        dialog.setHeaderTitle(getTranslation("lesson.edit.preview"));
        dialog.getFooter().add(new Button(getTranslation("lesson.edit.closePreview"), click -> dialog.close()));
        dialog.open();
    }
}
