package vn.langso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import vn.langso.common.PhoneNumbers;
import vn.langso.security.AccountRuleException;
import vn.langso.security.AccountService;
import vn.langso.ui.Keyboard;

/**
 * For a team member or leader: a villager of their place forgot their PIN. The one-time PIN is shown once, to read
 * out to the villager, who chooses a new one at their next sign-in.
 */
class LearnerPinReset extends Div {

    private final TextField phone = new TextField();
    private final Div result = new Div();

    LearnerPinReset(AccountService accounts) {
        addClassNames("card", "pin-reset");
        phone.setLabel(getTranslation("pin.reset.phone"));
        phone.setHelperText(getTranslation("signup.phone.help"));
        phone.setWidthFull();
        phone.setMaxLength(20);
        Keyboard.phone(phone);
        result.addClassName("pin-reset-result");
        Button reset = new Button(getTranslation("pin.reset.submit"), click -> {
            phone.setInvalid(false);
            result.removeAll();
            try {
                String oneTimePin = accounts.resetLearnerPin(phone.getValue());
                show(PhoneNumbers.normalizeMobile(phone.getValue()).map(PhoneNumbers::display).orElseThrow(),
                        oneTimePin);
                phone.clear();
            } catch (AccountRuleException refused) {
                phone.setErrorMessage(getTranslation(refused.messageKey()));
                phone.setInvalid(true);
            }
        });
        reset.addClassName("wide-button");
        add(new H3(getTranslation("pin.reset.title")), new Paragraph(getTranslation("pin.reset.intro")), phone, reset,
                result);
    }

    private void show(String learnerPhone, String oneTimePin) {
        Span pin = new Span(oneTimePin);
        pin.addClassName("one-time-password");
        Button done = new Button(getTranslation("pin.reset.done"), click -> result.removeAll());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("wide-button");
        result.add(new Paragraph(getTranslation("pin.reset.shown", learnerPhone)), pin,
                new Paragraph(getTranslation("pin.reset.help")), done);
    }
}
