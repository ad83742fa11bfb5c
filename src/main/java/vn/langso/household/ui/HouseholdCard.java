package vn.langso.household.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.ArrayList;
import java.util.List;
import vn.langso.common.PhoneNumbers;
import vn.langso.household.Consent;
import vn.langso.household.HouseholdSummary;
import vn.langso.ui.Dates;

/** A household on the register, as one tap target: who, where, when last visited, what the family can do. */
class HouseholdCard extends Div {

    HouseholdCard(HouseholdSummary household, Runnable open) {
        addClassNames("team-row", "household-card");
        Div text = new Div(Labels.text(title(household, this), "row-title"));
        text.addClassName("row-text");
        List<String> details = new ArrayList<>();
        if (household.address() != null) {
            details.add(household.address());
        }
        if (household.phone() != null) {
            details.add(PhoneNumbers.display(household.phone()));
        }
        if (household.adults() != null) {
            details.add(getTranslation("householdRegister.adults", household.adults()));
        }
        if (!details.isEmpty()) {
            text.add(Labels.text(String.join(" · ", details), "row-detail"));
        }
        text.add(household.lastVisit() == null
                ? Labels.chip(getTranslation("householdRegister.notVisited"), "chip-warning")
                : Labels.chip(getTranslation("householdRegister.lastVisit",
                        Dates.format(household.lastVisit().visitedOn())), "chip-ok"));
        if (household.consent() == Consent.WITHDRAWN) {
            text.add(Labels.chip(getTranslation("householdRegister.consentWithdrawn"), "chip-muted"));
        } else if (household.consent() == Consent.REFUSED) {
            text.add(Labels.chip(getTranslation("householdRegister.consentRefused"), "chip-muted"));
        } else {
            text.add(Labels.text(ReadinessText.of(household.profile(), this), "row-detail"));
        }
        NativeButton button = new NativeButton("", click -> open.run());
        button.addClassName("row-link");
        // A plain row, not a grey button: the whole card is the 44 px+ tap target
        button.getStyle().set("background", "none").set("border", "0").set("padding", "0").set("margin", "0")
                .set("width", "100%").set("text-align", "start").set("font", "inherit").set("cursor", "pointer");
        button.add(text);
        add(button);
    }

    static String title(HouseholdSummary household, com.vaadin.flow.component.Component owner) {
        return household.headName() == null ? owner.getTranslation("householdRegister.noName") : household.headName();
    }
}
