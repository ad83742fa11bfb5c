package vn.langso.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.Stream;
import vn.langso.team.CommuneCoverage;
import vn.langso.team.MemberRow;
import vn.langso.team.PlaceTeamRow;
import vn.langso.team.TeamRuleException;
import vn.langso.team.TeamService;
import vn.langso.ui.DatePickers;
import vn.langso.ui.Dates;

/** A member moves to another team of the same commune: they leave this one and join that one the same day. */
class MoveMemberDialog extends Dialog {

    MoveMemberDialog(TeamService teams, MemberRow member, long communeId, Runnable afterSave) {
        addClassName("form-dialog");
        setHeaderTitle(getTranslation("team.member.move.title", member.fullName()));
        CommuneCoverage coverage = teams.coverage(communeId);
        List<PlaceTeamRow> targets = Stream.concat(Stream.of(coverage.commune()), coverage.villages().stream())
                .filter(row -> row.hasTeam() && row.teamId() != member.teamId()).toList();
        Select<PlaceTeamRow> target = new Select<>();
        target.setLabel(getTranslation("team.member.move.to"));
        target.setItems(targets);
        target.setItemLabelGenerator(row -> row.place().label(getLocale()));
        target.setWidthFull();
        DatePicker on = DatePickers.requiredUpToToday(getTranslation("team.member.move.date"), member.joinedOn(),
                getTranslation("team.member.move.between", Dates.format(member.joinedOn())));
        Button move = new Button(getTranslation("team.member.move"));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setDisableOnClick(true);
        move.addClickListener(click -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("team.member.move.chooseTeam"));
                target.setInvalid(true);
                move.setEnabled(true);
                return;
            }
            if (!DatePickers.holdsADate(on)) {
                move.setEnabled(true);
                return;
            }
            try {
                teams.moveMember(member.membershipId(), target.getValue().teamId(), on.getValue());
                close();
                afterSave.run();
            } catch (TeamRuleException refused) {
                // A date refused is named at the date; anything else (the team) at the team.
                var field = refused.messageKey().startsWith("team.member.move.") ? on : target;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                field.setInvalid(true);
                move.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation("team.member.move.help")), target, on);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), move);
    }
}
