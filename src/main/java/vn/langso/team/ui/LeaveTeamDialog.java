package vn.langso.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import vn.langso.team.MemberRow;
import vn.langso.team.TeamRuleException;
import vn.langso.team.TeamService;
import vn.langso.ui.DatePickers;
import vn.langso.ui.Dates;

/** A member leaves the team on a date; the membership is kept as history. */
class LeaveTeamDialog extends Dialog {

    LeaveTeamDialog(TeamService teams, MemberRow member, Runnable afterSave) {
        addClassName("form-dialog");
        setHeaderTitle(getTranslation("team.member.leave.title", member.fullName()));
        DatePicker leftOn = DatePickers.requiredUpToToday(getTranslation("team.member.leave.date"), member.joinedOn(),
                getTranslation("team.member.leave.between", Dates.format(member.joinedOn())));
        Button confirm = new Button(getTranslation("team.member.leave"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                if (!DatePickers.holdsADate(leftOn)) {
                    confirm.setEnabled(true);
                    return;
                }
                teams.endMembership(member.membershipId(), leftOn.getValue());
                close();
                afterSave.run();
            } catch (TeamRuleException refused) {
                leftOn.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                leftOn.setInvalid(true);
                confirm.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation("team.member.leave.help")), leftOn);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
