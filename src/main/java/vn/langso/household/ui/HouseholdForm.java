package vn.langso.household.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.langso.common.PhoneNumbers;
import vn.langso.household.Consent;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdRuleException;
import vn.langso.household.HouseholdSummary;

/**
 * The fields that identify a household on the register. A refused rule is shown at its field, or above the fields
 * when it is about the household as a whole (someone else changed it, it is gone).
 */
class HouseholdForm extends Div {

    private final TextField headName = new TextField();
    private final TextField address = new TextField();
    private final TextField phone = new TextField();
    private final IntegerField adults = new IntegerField();
    private final Paragraph message = new Paragraph();
    private final Map<String, HasValidation> fieldOf = Map.of(
            "household.headName.required", headName,
            "household.phone.invalid", phone,
            "household.phone.noConsent", phone,
            "household.adults.invalid", adults);

    HouseholdForm() {
        addClassName("household-form");
        message.addClassName("error-text");
        message.setVisible(false);
        headName.setLabel(getTranslation("householdRegister.headName"));
        headName.setRequiredIndicatorVisible(true);
        headName.setMaxLength(200);
        address.setLabel(getTranslation("householdRegister.address"));
        address.setMaxLength(200);
        phone.setLabel(getTranslation("householdRegister.phone"));
        phone.setHelperText(getTranslation("householdRegister.phone.help"));
        phone.setMaxLength(30);
        vn.langso.ui.Keyboard.phone(phone);
        adults.setLabel(getTranslation("householdRegister.adultsLabel"));
        adults.setMin(0);
        adults.setMax(50);
        String adultsInvalid = getTranslation("household.adults.invalid");
        adults.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(adultsInvalid)
                .setMinErrorMessage(adultsInvalid).setMaxErrorMessage(adultsInvalid));
        headName.setWidthFull();
        address.setWidthFull();
        phone.setWidthFull();
        adults.setWidthFull();
        add(message, headName, address, phone, adults);
    }

    void show(HouseholdSummary household) {
        clearErrors();
        headName.setValue(household.headName() == null ? "" : household.headName());
        address.setValue(household.address() == null ? "" : household.address());
        phone.setValue(household.phone() == null ? "" : PhoneNumbers.display(household.phone()));
        adults.setValue(household.adults());
        boolean refused = !household.consent().keepsDetails();
        phone.setEnabled(!refused);
        phone.setHelperText(getTranslation(refused ? "household.phone.noConsent" : "householdRegister.phone.help"));
    }

    /** What was typed, or null when a field cannot be read (letters in the number of adults). */
    HouseholdDetails value() {
        if (adults.isInvalid()) {
            return null;
        }
        clearErrors();
        return new HouseholdDetails(headName.getValue(), address.getValue(), phone.getValue(), adults.getValue());
    }

    void refuse(HouseholdRuleException refused) {
        showMessage(refused.messageKey());
    }

    void showMessage(String messageKey) {
        HasValidation field = fieldOf.get(messageKey);
        if (field == null) {
            message.setText(getTranslation(messageKey));
            message.setVisible(true);
        } else {
            field.setErrorMessage(getTranslation(messageKey));
            field.setInvalid(true);
        }
    }

    void clearErrors() {
        message.setVisible(false);
        fieldOf.values().forEach(field -> field.setInvalid(false));
    }
}
