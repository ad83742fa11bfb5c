package vn.langso.household.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.Consent;
import vn.langso.household.HouseholdRecord;
import vn.langso.household.HouseholdRuleException;
import vn.langso.household.HouseholdService;
import vn.langso.ui.Confirm;

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
    private final Button withdraw = new Button();
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
        Button remove = new Button(getTranslation("householdRegister.remove"),
                click -> confirm("householdRegister.remove", "householdRegister.remove.yes", this::remove));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setText(getTranslation("householdRegister.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(click -> confirm("householdRegister.withdraw", "householdRegister.withdraw.yes",
                this::withdraw));
        Button close = new Button(getTranslation("householdRegister.close"), click -> close());
        // In the dialog, not the footer: four buttons do not fit side by side on a phone.
        add(form, reload, history, withdraw);
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
        withdraw.setVisible(record.household().consent() != Consent.WITHDRAWN);
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

    /** Asks "{@code titleKey}.confirm" about this household before doing something that cannot be undone here. */
    private void confirm(String titleKey, String yesKey, Runnable action) {
        Confirm.ask(getTranslation(titleKey), getTranslation(titleKey + ".confirm", name), getTranslation(yesKey),
                getTranslation("action.cancel"), action);
    }

    private void remove() {
        change(() -> households.remove(householdId, version), "householdRegister.removed");
    }

    private void withdraw() {
        change(() -> households.withdrawConsent(householdId), "householdRegister.withdrawn");
    }

    private void change(Runnable change, String doneKey) {
        try {
            change.run();
            close();
            afterChange.run();
            Notification.show(getTranslation(doneKey, name), 3000, Notification.Position.BOTTOM_CENTER);
        } catch (HouseholdRuleException refused) {
            form.refuse(refused);
            reload.setVisible(refused.messageKey().equals("household.staleEdit"));
        }
    }
}
