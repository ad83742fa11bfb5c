package vn.langso.learning.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.langso.common.RaceRetry;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonDraft;
import vn.langso.learning.LessonRuleException;
import vn.langso.learning.LessonService;
import vn.langso.learning.LocalizedText;
import vn.langso.learning.Topic;
import vn.langso.security.AppRoles;

/**
 * The province admin edits a lesson (texts in both languages, pictures, questions, mastery rule), previews it at
 * phone size and publishes it as a new version. Completions already earned keep the version they were earned on.
 * Without a lesson in the address it writes a new one (topic and title in the query), stored when first published.
 */
@Route("lesson-editor/:slug?")
@PageTitle("Làng Số")
@RolesAllowed(AppRoles.PROVINCE_ADMIN)
public class LessonEditorView extends Div implements BeforeEnterObserver {

    private static final String TOPIC = "topic";
    private static final String TITLE = "title";
    private static final String TITLE_EN = "titleEn";

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
    private HasValidation marked;
    private Button publish;

    LessonEditorView(LessonService lessons) {
        this.lessons = lessons;
        addClassName("page");
        addClassName("lesson-editor");
    }

    /** The query that opens the editor on a new lesson. */
    static QueryParameters newLesson(Topic topic, LocalizedText title) {
        return QueryParameters.simple(Map.of(TOPIC, topic.name(), TITLE, title.vi(), TITLE_EN, title.en()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            String slug = event.getRouteParameters().get(LessonView.SLUG).orElse(null);
            draft = slug != null ? lessons.draft(slug) : newDraft(event.getLocation().getQueryParameters());
        } catch (LessonRuleException notFound) {
            removeAll();
            add(new H2(getTranslation(notFound.messageKey())));
            return;
        }
        build();
    }

    private LessonDraft newDraft(QueryParameters query) {
        Topic topic = query.getSingleParameter(TOPIC).flatMap(code -> Arrays.stream(Topic.values())
                .filter(value -> value.name().equals(code)).findFirst()).orElse(null);
        return lessons.newDraft(topic, new LocalizedText(query.getSingleParameter(TITLE).orElse(""),
                query.getSingleParameter(TITLE_EN).orElse("")));
    }

    private void build() {
        removeAll();
        steps.clear();
        questions.clear();
        stepList.removeAll();
        questionList.removeAll();
        LessonContent content = draft.content();
        Span version = new Span(draft.isNew() ? getTranslation("lesson.create.draft")
                : getTranslation("lesson.edit.version", draft.versionNumber()));
        version.addClassName("lesson-counter");
        title = new TextPair("lesson.edit.title", content.title());
        summary = new TextPair("lesson.edit.summary", content.summary());
        minutes.setLabel(getTranslation("lesson.edit.minutes.label"));
        minutes.setValue(content.minutes());
        mastery.setLabel(getTranslation("lesson.edit.mastery.label"));
        mastery.setValue(draft.masteryPercent());
        mastery.setSuffixComponent(new Span("%"));
        // What the box cannot read (letters, a fraction, a number too long) is named at once; a number out of range
        // on publishing, by the service (a new lesson's draft starts at 0 minutes, which must not show as an error).
        String badMinutes = getTranslation("lesson.edit.minutes");
        minutes.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(badMinutes)
                .setMinErrorMessage(badMinutes).setMaxErrorMessage(badMinutes));
        String badMastery = getTranslation("lesson.edit.mastery");
        mastery.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(badMastery)
                .setMinErrorMessage(badMastery).setMaxErrorMessage(badMastery));
        content.steps().forEach(this::addStep);
        content.questions().forEach(this::addQuestion);
        LocalizedText empty = new LocalizedText("", "");
        Button addStep = new Button(getTranslation("lesson.edit.addStep"),
                click -> addStep(new LessonContent.Step(null, empty)));
        Button addQuestion = new Button(getTranslation("lesson.edit.addQuestion"),
                click -> addQuestion(new LessonContent.Question(empty, List.of())));
        problem.addClassName("error-text");
        problem.setVisible(false);
        Button preview = new Button(getTranslation("lesson.edit.preview"),
                click -> new PhonePreview(edited(), getLocale()).open());
        publish = new Button(getTranslation(draft.isNew() ? "lesson.create.publish" : "lesson.edit.publish"),
                click -> publish());
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
        holder[0] = new StepEditor(step, draft.pictures(), lessons::uploadPicture, () -> {
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
        int masteryPercent = mastery.getValue() == null ? 0 : mastery.getValue();
        LessonContent edited = edited();
        try {
            String message;
            if (draft.isNew()) {
                String slug = RaceRetry.run(() -> lessons.publishFirst(masteryPercent, edited));
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "lesson-editor/" + slug));
                message = getTranslation("lesson.create.published");
                draft = lessons.draft(slug);
            } else {
                message = getTranslation("lesson.edit.published",
                        lessons.publish(draft.slug(), draft.versionNumber(), masteryPercent, edited));
                draft = lessons.draft(draft.slug());
            }
            marked = null;
            build();
            Paragraph done = new Paragraph(message);
            done.addClassName("lesson-passed");
            addComponentAtIndex(1, done);
        } catch (LessonRuleException refused) {
            problem.setText(getTranslation(refused.messageKey()));
            problem.setVisible(true);
            mark(refused.field(), problem.getText());
            publish.setEnabled(true);
        }
    }

    /** The refused field gets the message under it and the focus, so the admin need not look for it. */
    private void mark(String field, String message) {
        if (marked != null) {
            marked.setInvalid(false);
        }
        marked = field == null ? null : fieldAt(field.split("\\."));
        if (marked != null) {
            marked.setErrorMessage(message);
            marked.setInvalid(true);
            if (marked instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    private HasValidation fieldAt(String[] path) {
        String language = path.length > 1 ? path[1] : "vi";
        return switch (path[0]) {
            case "title" -> title.field(language);
            case "summary" -> summary.field(language);
            case "minutes" -> minutes;
            case "mastery" -> mastery;
            case "steps" -> path.length > 2 ? steps.get(Integer.parseInt(path[1])).field(rest(path)) : null;
            case "questions" -> path.length > 2 ? questions.get(Integer.parseInt(path[1])).field(rest(path)) : null;
            default -> null;
        };
    }

    private static String[] rest(String[] path) {
        return Arrays.copyOfRange(path, 2, path.length);
    }
}
