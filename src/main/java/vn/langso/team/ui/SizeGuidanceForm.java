package vn.langso.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import vn.langso.team.TeamLevel;
import vn.langso.team.TeamRuleException;
import vn.langso.team.TeamService;

/** The province's guidance on team size (the app warns above it, never blocks); province admin only. */
class SizeGuidanceForm extends Details {

    SizeGuidanceForm(TeamService teams, Runnable afterSave) {
        setSummaryText(getTranslation("teams.guidance.title"));
        addClassName("size-guidance");
        Map<TeamLevel, Integer> current = teams.sizeGuidance();
        IntegerField commune = field("teams.guidance.commune", current.get(TeamLevel.COMMUNE));
        IntegerField village = field("teams.guidance.village", current.get(TeamLevel.VILLAGE));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (commune.isInvalid() || village.isInvalid() || commune.getValue() == null || village.getValue() == null) {
                return;
            }
            try {
                teams.setSizeGuidance(TeamLevel.COMMUNE, commune.getValue());
                teams.setSizeGuidance(TeamLevel.VILLAGE, village.getValue());
                Notification.show(getTranslation("teams.guidance.saved"), 3000, Notification.Position.BOTTOM_CENTER);
                afterSave.run();
            } catch (TeamRuleException refused) {
                commune.setErrorMessage(getTranslation(refused.messageKey()));
                commune.setInvalid(true);
            }
        });
        Div content = new Div(new Paragraph(getTranslation("teams.guidance.help")), commune, village, save);
        content.addClassName("guidance-content");
        add(content);
    }

    private IntegerField field(String labelKey, Integer value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(1);
        field.setMax(100);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("team.guidance.outOfRange"))
                .setMinErrorMessage(getTranslation("team.guidance.outOfRange"))
                .setMaxErrorMessage(getTranslation("team.guidance.outOfRange"))
                .setRequiredErrorMessage(getTranslation("team.guidance.outOfRange")));
        field.setRequired(true);
        field.setWidthFull();
        return field;
    }
}
