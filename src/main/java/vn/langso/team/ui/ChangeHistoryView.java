package vn.langso.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.langso.security.AppRoles;
import vn.langso.team.ChangeEntry;
import vn.langso.team.PeopleHistoryService;
import vn.langso.ui.Dates;

/** The province admin browses who changed which people data, when, and what it was before. */
@Route("history")
@PageTitle("Làng Số")
@RolesAllowed(AppRoles.PROVINCE_ADMIN)
public class ChangeHistoryView extends Div {

    private static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Dates.VIETNAM);

    ChangeHistoryView(PeopleHistoryService history) {
        addClassName("page");
        add(new H2(getTranslation("history.title")), new Paragraph(getTranslation("history.help", SHOWN)));
        List<ChangeEntry> entries = history.recentChanges(SHOWN);
        entries.forEach(entry -> add(card(entry)));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("history.none")));
        }
    }

    private Div card(ChangeEntry entry) {
        Span title = new Span(getTranslation("history.kind." + entry.kind()) + " · " + entry.subject());
        title.addClassName("row-title");
        Span meta = new Span(WHEN.format(entry.when()) + " · " + entry.who() + " · "
                + getTranslation("history.action." + entry.action()));
        meta.addClassName("row-detail");
        Div card = new Div(title, meta);
        card.addClassName("preview-row");
        for (ChangeEntry.FieldChange field : entry.fields()) {
            Span change = new Span(getTranslation("history.field." + field.field()) + ": "
                    + value(field.field(), field.before()) + " → " + value(field.field(), field.after()));
            change.addClassName("history-change");
            card.add(change);
        }
        return card;
    }

    /** Enum values (gender, role, ...) are shown in the user's language. */
    private String value(String field, String text) {
        if (text == null || text.isBlank()) {
            return "—";
        }
        return switch (field) {
            case "gender" -> getTranslation("gender." + text);
            case "role" -> getTranslation("team.role." + text);
            case "affiliation" -> getTranslation("team.affiliation." + text);
            case "status" -> getTranslation("team.status." + text);
            default -> text;
        };
    }
}
