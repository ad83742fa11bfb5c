package vn.langso.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.langso.common.RecordDates;
import vn.langso.place.PlaceRef;
import vn.langso.team.NewTeam;
import vn.langso.team.TeamDecision;
import vn.langso.team.TeamDetails;
import vn.langso.team.TeamRuleException;
import vn.langso.team.TeamService;
import vn.langso.ui.DatePickers;
import vn.langso.ui.Dates;

/** Founds a team for a place, or records a new decision (kiện toàn) for an existing team. */
class TeamDecisionDialog extends Dialog {

    private final TextField number = new TextField();
    private final DatePicker date = DatePickers.picker("");
    private final TextField signer = new TextField();
    private final Button save = new Button();

    /** Founding a new team for {@code place}. */
    TeamDecisionDialog(TeamService teams, PlaceRef place, Runnable afterSave) {
        this(place, null);
        setHeaderTitle(getTranslation("team.create.title", place.label(getLocale())));
        save.setText(getTranslation("team.create.save"));
        save.addClickListener(click -> trySave(() -> teams.createTeam(new NewTeam(place.id(), decision())), afterSave));
    }

    /** A new decision for an existing team. */
    TeamDecisionDialog(TeamService teams, TeamDetails team, Runnable afterSave) {
        this(team.place(), team.decision());
        setHeaderTitle(getTranslation("team.decision.title"));
        save.setText(getTranslation("action.save"));
        save.addClickListener(click -> trySave(() -> {
            teams.recordDecision(team.teamId(), team.version(), decision());
            return null;
        }, afterSave));
    }

    private TeamDecisionDialog(PlaceRef place, TeamDecision current) {
        addClassName("form-dialog");
        number.setLabel(getTranslation("team.decision.number"));
        number.setPlaceholder("123/QĐ-UBND");
        number.setMaxLength(64);
        date.setLabel(getTranslation("team.decision.date"));
        DatePickers.between(date, RecordDates.EARLIEST, java.time.LocalDate.now(Dates.VIETNAM),
                getTranslation("team.decision.dateBetween", Dates.format(RecordDates.EARLIEST)));
        signer.setLabel(getTranslation("team.decision.signer"));
        signer.setMaxLength(200);
        for (TextField field : new TextField[] {number, signer}) {
            field.setWidthFull();
        }
        if (current != null) {
            number.setValue(current.number() == null ? "" : current.number());
            date.setValue(current.date());
            signer.setValue(current.signer() == null ? "" : current.signer());
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new Paragraph(getTranslation("team.decision.help")), number, date, signer);
        getFooter().add(cancel, save);
    }

    private TeamDecision decision() {
        return new TeamDecision(number.getValue().strip(), date.getValue(), signer.getValue().strip());
    }

    private void trySave(java.util.function.Supplier<?> action, Runnable afterSave) {
        if (date.isInvalid()) {
            save.setEnabled(true);
            return;
        }
        try {
            action.get();
            close();
            afterSave.run();
        } catch (TeamRuleException refused) {
            var field = refused.messageKey().startsWith("team.decision.date") ? date : number;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            field.setInvalid(true);
            save.setEnabled(true);
        }
    }
}
