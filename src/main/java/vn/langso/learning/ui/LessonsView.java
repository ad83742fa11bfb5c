package vn.langso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonSummary;
import vn.langso.learning.TopicProgress;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.Role;
import vn.langso.ui.AppIcon;

/** Learner's home: the lessons by topic, with their progress in each. */
@Route("lessons")
@PageTitle("Làng Số")
@Menu(order = 4, title = "nav.lessons", icon = AppIcon.LESSONS)
@RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER, AppRoles.PROVINCE_ADMIN})
public class LessonsView extends Div {

    /** The province admin sees the same list, each lesson opens in the editor, and can start a new lesson. */
    private final boolean editor;

    LessonsView(LessonService lessons, AccountService accounts) {
        editor = accounts.currentUser().role() == Role.PROVINCE_ADMIN;
        addClassName("page");
        add(new H2(getTranslation("lessons.title")));
        Locale locale = getLocale();
        if (!editor) {
            var certificates = lessons.myCertificates();
            if (!certificates.isEmpty()) {
                add(new CertificateLinks(lessons, certificates));
            }
        }
        var catalogue = lessons.catalogue();
        if (editor) {
            Button newLesson = new Button(getTranslation("lessons.newLesson"), AppIcon.create(AppIcon.ADD),
                    click -> new NewLessonDialog(lessons, catalogue.stream().map(TopicProgress::topic).toList()).open());
            newLesson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newLesson.addClassName("wide-button");
            add(newLesson);
        }
        for (TopicProgress topic : catalogue) {
            Div section = new Div();
            section.addClassName("topic");
            H3 title = new H3(topic.topic().title().in(locale));
            Span progress = new Span(getTranslation("lessons.topicProgress", topic.completed(), topic.lessons().size()));
            progress.addClassName(topic.allCompleted() ? "topic-done" : "topic-progress");
            section.add(title, new Paragraph(topic.topic().description().in(locale)), progress);
            for (LessonSummary lesson : topic.lessons()) {
                section.add(card(lesson, locale));
            }
            add(section);
        }
    }

    private RouterLink card(LessonSummary lesson, Locale locale) {
        RouterLink link = new RouterLink(editor ? LessonEditorView.class : LessonView.class,
                new RouteParameters(LessonView.SLUG, lesson.slug()));
        link.addClassName("lesson-card");
        Span name = new Span(lesson.title().in(locale));
        name.addClassName("lesson-name");
        String status = lesson.completed() ? getTranslation("lessons.completed", lesson.bestScore())
                : lesson.bestScore() != null ? getTranslation("lessons.tried", lesson.bestScore())
                : getTranslation("lessons.minutes", lesson.minutes());
        Span state = new Span(status);
        state.addClassName(lesson.completed() ? "lesson-done" : "lesson-state");
        link.add(name, state);
        return link;
    }
}
