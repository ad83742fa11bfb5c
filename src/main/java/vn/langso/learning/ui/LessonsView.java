package vn.langso.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langso.security.AppRoles;
import vn.langso.ui.AppIcon;

/** Learner's home: short lessons (the lessons themselves come with the lessons issue). */
@Route("lessons")
@PageTitle("Làng Số")
@Menu(order = 4, title = "nav.lessons", icon = AppIcon.LESSONS)
@RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER})
public class LessonsView extends Div {

    LessonsView() {
        addClassName("page");
        add(new H2(getTranslation("lessons.title")), new Paragraph(getTranslation("lessons.comingSoon")));
    }
}
