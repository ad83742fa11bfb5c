package vn.langso.household.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdRuleException;
import vn.langso.household.HouseholdService;
import vn.langso.place.PlaceRef;

/** Puts one household on a village's register. */
class AddHouseholdDialog extends Dialog {

    AddHouseholdDialog(HouseholdService households, PlaceRef village, Runnable afterSave) {
        addClassName("form-dialog");
        setMaxWidth("100%");
        setHeaderTitle(getTranslation("householdRegister.addTitle", village.label(getLocale())));
        HouseholdForm form = new HouseholdForm();
        Button save = new Button(getTranslation("action.save"), click -> {
            HouseholdDetails details = form.value();
            if (details == null) {
                return;
            }
            try {
                households.add(village.id(), details);
                close();
                afterSave.run();
                Notification.show(getTranslation("householdRegister.added", details.headName().strip()), 3000,
                        Notification.Position.BOTTOM_CENTER);
            } catch (HouseholdRuleException refused) {
                form.refuse(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
