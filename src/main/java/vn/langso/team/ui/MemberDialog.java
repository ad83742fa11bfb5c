package vn.langso.team.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.RecordDates;
import vn.langso.team.Affiliation;
import vn.langso.team.BirthYears;
import vn.langso.team.Gender;
import vn.langso.team.MemberAdded;
import vn.langso.team.NewMember;
import vn.langso.team.TeamRole;
import vn.langso.team.TeamRuleException;
import vn.langso.team.TeamService;
import vn.langso.team.TeamWarning;
import vn.langso.ui.DatePickers;
import vn.langso.ui.Dates;

/** Adds a member to a team. The phone number says who the person is: a known number reuses that person. */
class MemberDialog extends Dialog {

    private final TextField fullName = new TextField();
    private final TextField phone = new TextField();
    private final RadioButtonGroup<Gender> gender = new RadioButtonGroup<>();
    private final IntegerField birthYear = new IntegerField();
    private final Select<TeamRole> role = new Select<>();
    private final Select<Affiliation> affiliation = new Select<>();
    private final DatePicker joinedOn = DatePickers.picker("");
    private final Button save = new Button();

    MemberDialog(TeamService teams, long teamId, Runnable afterSave) {
        addClassName("form-dialog");
        setHeaderTitle(getTranslation("team.member.add"));
        fullName.setLabel(getTranslation("team.member.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(200);
        phone.setLabel(getTranslation("team.member.phone"));
        phone.setHelperText(getTranslation("team.member.phone.help"));
        phone.setRequiredIndicatorVisible(true);
        phone.setMaxLength(30);
        vn.langso.ui.Keyboard.phone(phone);
        phone.setValueChangeMode(ValueChangeMode.ON_BLUR);
        phone.addValueChangeListener(change -> checkPhone());
        gender.setLabel(getTranslation("team.member.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(value -> getTranslation("gender." + value));
        birthYear.setLabel(getTranslation("team.member.birthYear"));
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        birthYear.setMin(BirthYears.FIRST);
        birthYear.setMax(BirthYears.last(today));
        String badYear = getTranslation("team.member.birthYear.invalid", String.valueOf(BirthYears.FIRST),
                String.valueOf(BirthYears.last(today)));
        birthYear.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(badYear)
                .setMinErrorMessage(badYear).setMaxErrorMessage(badYear));
        role.setLabel(getTranslation("team.member.role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(value -> getTranslation("team.role." + value));
        role.setValue(TeamRole.MEMBER);
        affiliation.setLabel(getTranslation("team.member.affiliation"));
        affiliation.setItems(Affiliation.values());
        affiliation.setItemLabelGenerator(value -> getTranslation("team.affiliation." + value));
        affiliation.setValue(Affiliation.OTHER);
        joinedOn.setLabel(getTranslation("team.member.joinedOn"));
        joinedOn.setValue(today);
        DatePickers.between(joinedOn, RecordDates.EARLIEST, today,
                getTranslation("team.member.joinedOn.invalid", Dates.format(RecordDates.EARLIEST)));
        DatePickers.required(joinedOn);
        for (var field : new com.vaadin.flow.component.HasSize[] {fullName, phone, birthYear, role, affiliation}) {
            field.setWidthFull();
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save(teams, teamId, afterSave));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(fullName, phone, gender, birthYear, role, affiliation, joinedOn);
        getFooter().add(cancel, save);
    }

    private boolean checkPhone() {
        boolean valid = PhoneNumbers.normalizeMobile(phone.getValue()).isPresent();
        phone.setErrorMessage(getTranslation("team.member.badPhone"));
        phone.setInvalid(!phone.getValue().isBlank() && !valid);
        return valid;
    }

    private void save(TeamService teams, long teamId, Runnable afterSave) {
        boolean ok = true;
        if (fullName.getValue().isBlank()) {
            refuse(fullName, "team.member.nameRequired");
            ok = false;
        }
        if (!checkPhone()) {
            refuse(phone, "team.member.badPhone");
            ok = false;
        }
        if (!DatePickers.holdsADate(joinedOn)) {
            ok = false;
        }
        if (birthYear.isInvalid()) {
            ok = false;
        }
        if (!ok) {
            save.setEnabled(true);
            return;
        }
        try {
            MemberAdded added = teams.addMember(teamId, new NewMember(fullName.getValue(), phone.getValue(),
                    gender.getValue(), birthYear.getValue(), role.getValue(), affiliation.getValue(),
                    joinedOn.getValue()));
            close();
            afterSave.run();
            if (added.knownPerson()) {
                Notification.show(getTranslation("team.member.knownPerson"), 5000, Notification.Position.BOTTOM_CENTER);
            }
            if (added.warnings().contains(TeamWarning.OVER_SIZE)) {
                Notification.show(getTranslation("team.warning.OVER_SIZE.added"), 5000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        } catch (TeamRuleException refused) {
            HasValidation field = switch (refused.messageKey()) {
                case "team.member.nameRequired" -> fullName;
                case "team.member.birthYear.invalid" -> birthYear;
                case "team.member.joinedOn.invalid" -> joinedOn;
                default -> phone;
            };
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            field.setInvalid(true);
            save.setEnabled(true);
        }
    }

    private void refuse(HasValidation field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }
}
