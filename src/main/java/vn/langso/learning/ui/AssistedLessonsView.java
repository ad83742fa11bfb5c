package vn.langso.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import vn.langso.household.HouseholdRuleException;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonSummary;
import vn.langso.learning.TopicProgress;
import vn.langso.security.AppRoles;

/** During a visit: the team member picks a lesson to take with someone in the household, on the member's phone. */
@Route("households/:household/lessons")
@PageTitle("Làng Số")
@RolesAllowed(AppRoles.TEAM_MEMBER)
public class AssistedLessonsView extends Div implements BeforeEnterObserver {

    private final LessonService lessons;

    AssistedLessonsView(LessonService lessons) {
        this.lessons = lessons;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long household = event.getRouteParameters().getLong(LessonView.HOUSEHOLD).orElse(0L);
        String head;
        try {
            head = lessons.householdHead(household);
        } catch (HouseholdRuleException gone) {
            add(new H2(getTranslation(gone.messageKey())));
            return;
        }
        add(new H2(getTranslation("lesson.assisted.title")),
                new Paragraph(getTranslation("lesson.assisted.for", head == null ? getTranslation("visit.noName") : head)));
        Locale locale = getLocale();
        for (TopicProgress topic : lessons.catalogue()) {
            Div section = new Div(new H3(topic.topic().title().in(locale)));
            section.addClassName("topic");
            for (LessonSummary lesson : topic.lessons()) {
                RouterLink link = new RouterLink(LessonView.class, new RouteParameters(java.util.Map.of(
                        LessonView.SLUG, lesson.slug(), LessonView.HOUSEHOLD, String.valueOf(household))));
                link.addClassName("lesson-card");
                link.add(lesson.title().in(locale));
                section.add(link);
            }
            add(section);
        }
    }
}
