package vn.langso.household.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import vn.langso.household.HouseholdRecord;
import vn.langso.household.LastVisit;
import vn.langso.ui.Dates;

/** What the visits have found out about a household (oldest first) and the visits themselves (latest first). */
class HouseholdHistory extends Div {

    HouseholdHistory(HouseholdRecord record) {
        addClassName("household-history");
        add(heading(getTranslation("householdRegister.history")));
        if (record.profiles().isEmpty()) {
            add(new Paragraph(getTranslation("householdRegister.history.none")));
        }
        record.profiles().forEach(profile -> add(row(Dates.format(profile.recordedOn()),
                ReadinessText.of(profile.readiness(), this), null)));
        add(heading(getTranslation("householdRegister.visits", record.visits().size())));
        if (record.visits().isEmpty()) {
            add(new Paragraph(getTranslation("householdRegister.visits.none")));
        }
        record.visits().forEach(visit -> add(row(Dates.format(visit.visitedOn()) + " · " + visit.by(),
                activities(visit), visit.note())));
    }

    private String activities(LastVisit visit) {
        return visit.activities().stream().sorted()
                .map(activity -> getTranslation("householdRegister.activity." + activity.name()))
                .collect(Collectors.joining(", "));
    }

    private static H3 heading(String text) {
        H3 heading = new H3(text);
        heading.getStyle().set("font-size", "1.0625rem").set("margin", "var(--lumo-space-l) 0 var(--lumo-space-xs)");
        return heading;
    }

    private static Div row(String title, String detail, String note) {
        Div row = new Div(Labels.text(title, "row-title"), Labels.text(detail, "row-detail"));
        row.addClassName("preview-row");
        if (note != null && !note.isBlank()) {
            row.add(Labels.text("“" + note + "”", "row-detail"));
        }
        return row;
    }
}
