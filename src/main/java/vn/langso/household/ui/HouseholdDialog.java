package vn.langso.household.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdRecord;
import vn.langso.household.HouseholdRuleException;
import vn.langso.household.HouseholdService;

/**
 * One household: change who and where it is, or take it off the register; below, its profile history and visits.
 * A save that someone else's change overtook is refused, and one tap reloads the new version.
 */
class HouseholdDialog extends Dialog {

    private final HouseholdService households;
    private final long householdId;
    private final Runnable afterChange;
    private final HouseholdForm form = new HouseholdForm();
    private final Div history = new Div();
    private final Button reload = new Button();
    private final Button save = new Button();
    private String name;
    private long version;

    HouseholdDialog(HouseholdService households, long householdId, Runnable afterChange) {
        this.households = households;
        this.householdId = householdId;
        this.afterChange = afterChange;
        addClassName("form-dialog");
        setWidth("32rem");
        setMaxWidth("100%");
        reload.setText(getTranslation("householdRegister.reload"));
        reload.addClickListener(click -> load());
        reload.setVisible(false);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button remove = new Button(getTranslation("householdRegister.remove"), click -> confirmRemoval());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button close = new Button(getTranslation("householdRegister.close"), click -> close());
        add(form, reload, history);
        getFooter().add(remove, close, save);
    }

    /** Opens the dialog, or says the household is gone (removed or out of reach since the list was shown). */
    void openOrExplain() {
        try {
            load();
            open();
        } catch (HouseholdRuleException gone) {
            Notification.show(getTranslation(gone.messageKey()), 5000, Notification.Position.MIDDLE);
            afterChange.run();
        }
    }

    private void load() {
        HouseholdRecord record = households.household(householdId);
        version = record.household().version();
        name = HouseholdCard.title(record.household(), this);
        setHeaderTitle(name);
        form.show(record.household());
        reload.setVisible(false);
        save.setEnabled(true);
        history.removeAll();
        history.add(new HouseholdHistory(record));
    }

    private void save() {
        HouseholdDetails details = form.value();
        if (details == null) {
            return;
        }
        try {
            households.edit(householdId, version, details);
            close();
            afterChange.run();
            Notification.show(getTranslation("householdRegister.saved"), 3000, Notification.Position.BOTTOM_CENTER);
        } catch (HouseholdRuleException refused) {
            form.refuse(refused);
            if (refused.messageKey().equals("household.staleEdit")) {
                reload.setVisible(true);
                save.setEnabled(false);
            }
        }
    }

    private void confirmRemoval() {
        Dialog confirm = new Dialog(new Paragraph(getTranslation("householdRegister.remove.confirm", name)));
        confirm.setHeaderTitle(getTranslation("householdRegister.remove"));
        confirm.setMaxWidth("100%");
        Button yes = new Button(getTranslation("householdRegister.remove.yes"), click -> {
            confirm.close();
            remove();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    private void remove() {
        try {
            households.remove(householdId, version);
            close();
            afterChange.run();
            Notification.show(getTranslation("householdRegister.removed", name), 3000,
                    Notification.Position.BOTTOM_CENTER);
        } catch (HouseholdRuleException refused) {
            form.refuse(refused);
            reload.setVisible(refused.messageKey().equals("household.staleEdit"));
        }
    }
}
