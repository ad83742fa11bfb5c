package vn.langso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.langso.common.RaceRetry;
import vn.langso.learning.AttemptResult;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonRuleException;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.security.AppRoles;
import vn.langso.ui.ShareLink;

/**
 * Taking a lesson on a phone: one step per screen (picture and a few short sentences), then one question per
 * screen, then the result with the reason for every wrong answer. A retry starts the questions again.
 */
@Route("lessons/:slug/:household?")
@RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER})
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";
    static final String HOUSEHOLD = "household";

    private final LessonService lessons;
    private final Div stage = new Div();
    private LessonToTake lesson;
    private Integer[] answers;
    private String attemptId;
    /** Set when a team member is helping someone in this household. */
    private Long household;
    private final TextField learnerName = new TextField();

    LessonView(LessonService lessons) {
        this.lessons = lessons;
        addClassName("page");
        addClassName("lesson-page");
        stage.addClassName("lesson-stage");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        try {
            lesson = lessons.lesson(slug);
        } catch (LessonRuleException notFound) {
            removeAll();
            add(new H2(getTranslation("lesson.notFound")), new RouterLink(getTranslation("lesson.toCatalogue"),
                    LessonsView.class));
            return;
        }
        removeAll();
        H2 title = new H2(content().title().in(locale()));
        add(title);
        household = event.getRouteParameters().getLong(HOUSEHOLD).orElse(null);
        if (household != null) {
            learnerName.setLabel(getTranslation("lesson.assisted.who"));
            learnerName.setMaxLength(200);
            learnerName.setWidthFull();
            learnerName.addClassName("lesson-learner");
            try {
                learnerName.setValue(java.util.Objects.requireNonNullElse(lessons.householdHead(household), ""));
            } catch (vn.langso.household.HouseholdRuleException gone) {
                removeAll();
                add(new H2(getTranslation(gone.messageKey())));
                return;
            }
            Paragraph note = new Paragraph(getTranslation("lesson.assisted.note"));
            note.addClassName("lesson-assisted-note");
            add(note, learnerName);
        }
        add(stage);
        showStep(0);
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? "Làng Số" : content().title().in(locale()) + " · Làng Số";
    }

    private void showStep(int index) {
        List<LessonContent.Step> steps = content().steps();
        LessonContent.Step step = steps.get(index);
        stage.removeAll();
        Span counter = new Span(getTranslation("lesson.stepOf", index + 1, steps.size()));
        counter.addClassName("lesson-counter");
        Image picture = new Image("lesson-pictures/" + step.picture(), "");
        picture.addClassName("lesson-picture");
        Paragraph text = new Paragraph(step.text().in(locale()));
        text.addClassName("lesson-text");
        Button back = new Button(getTranslation("lesson.back"), click -> showStep(index - 1));
        back.setEnabled(index > 0);
        boolean last = index == steps.size() - 1;
        Button next = new Button(getTranslation(last ? "lesson.toQuestions" : "lesson.next"),
                click -> {
                    if (last) {
                        startQuestions();
                    } else {
                        showStep(index + 1);
                    }
                });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stage.add(counter, picture, text, new ListenButton(step.text().in(locale()), locale()), buttons(back, next));
    }

    private void startQuestions() {
        answers = new Integer[content().questions().size()];
        attemptId = UUID.randomUUID().toString();
        showQuestion(0);
    }

    private void showQuestion(int index) {
        List<LessonContent.Question> questions = content().questions();
        LessonContent.Question question = questions.get(index);
        stage.removeAll();
        Span counter = new Span(getTranslation("lesson.questionOf", index + 1, questions.size()));
        counter.addClassName("lesson-counter");
        Paragraph prompt = new Paragraph(question.prompt().in(locale()));
        prompt.addClassName("lesson-question");
        Div choices = new Div();
        choices.addClassName("lesson-choices");
        choices.getElement().setAttribute("role", "radiogroup");
        for (int i = 0; i < question.choices().size(); i++) {
            int choice = i;
            Button option = new Button(question.choices().get(i).text().in(locale()), click -> {
                answers[index] = choice;
                showQuestion(index);
            });
            option.addClassName("lesson-choice");
            option.getElement().setAttribute("role", "radio");
            option.getElement().setAttribute("aria-checked", String.valueOf(answers[index] != null && answers[index] == choice));
            choices.add(option);
        }
        Button back = new Button(getTranslation("lesson.back"),
                click -> {
                    if (index == 0) {
                        showStep(content().steps().size() - 1);
                    } else {
                        showQuestion(index - 1);
                    }
                });
        boolean last = index == questions.size() - 1;
        Button next = new Button(getTranslation(last ? "lesson.submit" : "lesson.next"), click -> {
            if (last) {
                submit();
            } else {
                showQuestion(index + 1);
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(answers[index] != null);
        StringBuilder aloud = new StringBuilder(question.prompt().in(locale()));
        question.choices().forEach(choice -> aloud.append(". ").append(choice.text().in(locale())));
        stage.add(counter, prompt, new ListenButton(aloud.toString(), locale()), choices, buttons(back, next));
    }

    private void submit() {
        AttemptSubmission submission = new AttemptSubmission(attemptId, lesson.versionId(), Arrays.asList(answers));
        try {
            showResult(RaceRetry.run(() -> household == null ? lessons.submit(submission)
                    : lessons.submitAssisted(submission, household, learnerName.getValue())));
            learnerName.setInvalid(false);
        } catch (LessonRuleException refused) {
            learnerName.setErrorMessage(getTranslation(refused.messageKey()));
            learnerName.setInvalid(true);
            learnerName.focus();
        } catch (vn.langso.household.HouseholdRuleException gone) {
            stage.removeAll();
            stage.add(new Paragraph(getTranslation(gone.messageKey())));
        }
    }

    private void showResult(AttemptResult result) {
        stage.removeAll();
        Paragraph score = new Paragraph(getTranslation("lesson.score", result.correct(), result.total(),
                result.scorePercent()));
        score.addClassName("lesson-score");
        Paragraph verdict = new Paragraph(getTranslation(result.passed() ? "lesson.passed" : "lesson.notYet",
                result.masteryPercent()));
        verdict.addClassName(result.passed() ? "lesson-passed" : "lesson-not-yet");
        stage.add(score, verdict);
        List<LessonContent.Question> questions = content().questions();
        for (int i = 0; i < questions.size(); i++) {
            LessonContent.Question question = questions.get(i);
            LessonContent.Choice chosen = question.choices().get(answers[i]);
            Div review = new Div();
            review.addClassName(result.right().get(i) ? "review-right" : "review-wrong");
            review.add(new Paragraph(question.prompt().in(locale())),
                    new Paragraph(getTranslation(result.right().get(i) ? "lesson.yourRightAnswer" : "lesson.yourAnswer",
                            chosen.text().in(locale()))),
                    new Paragraph(chosen.why().in(locale())));
            if (!result.right().get(i)) {
                review.add(new Paragraph(getTranslation("lesson.rightAnswer",
                        question.choices().get(question.correctChoice()).text().in(locale()))));
            }
            stage.add(review);
        }
        Button retry = new Button(getTranslation("lesson.retry"), click -> startQuestions());
        RouterLink done = new RouterLink(getTranslation("lesson.toCatalogue"), LessonsView.class);
        done.addClassName("lesson-done-link");
        if (!result.passed()) {
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        stage.add(buttons(retry), done);
        if (household == null) {
            stage.add(new H3(getTranslation("lesson.share")), new ShareLink(CertificateLinks.baseUrl() + "lessons/"
                    + content().slug(), content().title().in(locale())));
        }
    }

    private static Div buttons(com.vaadin.flow.component.Component... buttons) {
        Div bar = new Div(buttons);
        bar.addClassName("lesson-buttons");
        return bar;
    }

    private LessonContent content() {
        return lesson.content();
    }

    private Locale locale() {
        return getLocale();
    }
}
