package vn.langso.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.langso.security.AccountRuleException;
import vn.langso.security.AccountService;
import vn.langso.security.Role;
import vn.langso.ui.Keyboard;

/**
 * Replaces a one-time password with the user's own; someone who must change it sees nothing else until they do.
 * A villager (learner) has a 4–6 digit PIN instead of a password, typed on the number pad.
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Làng Số")
@PermitAll
public class ChangePasswordView extends Div {

    ChangePasswordView(AccountService accounts) {
        addClassName("login-page");
        boolean pin = accounts.currentUser().role() == Role.LEARNER;
        Texts texts = pin ? pinTexts() : passwordTexts();
        PasswordField current = new PasswordField(texts.current());
        PasswordField next = new PasswordField(texts.next());
        next.setHelperText(texts.rule());
        PasswordField again = new PasswordField(texts.again());
        for (PasswordField field : new PasswordField[] {current, next, again}) {
            field.setWidthFull();
            field.setMaxLength(128);
        }
        if (pin) {
            // The current one may still be a password (an account made before PINs), so it takes any character.
            Keyboard.digits(current);
            SignUpView.pinField(next);
            SignUpView.pinField(again);
        }
        Button save = new Button(texts.save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("wide-button");
        save.addClickListener(click -> {
            for (PasswordField field : new PasswordField[] {current, next, again}) {
                field.setInvalid(false);
            }
            if (!next.getValue().equals(again.getValue())) {
                again.setErrorMessage(texts.mismatch());
                again.setInvalid(true);
                return;
            }
            try {
                accounts.changePassword(current.getValue(), next.getValue());
                UI.getCurrent().getSession().setAttribute(FirstPasswordGuard.CHANGED, Boolean.TRUE);
                UI.getCurrent().navigate("");
            } catch (AccountRuleException refused) {
                PasswordField field = refused.messageKey().endsWith("currentWrong") ? current : next;
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        add(new H2(texts.title()), new Paragraph(texts.help()), current, next, again, save);
    }

    private record Texts(String title, String help, String current, String next, String rule, String again,
            String save, String mismatch) {
    }

    private Texts passwordTexts() {
        return new Texts(getTranslation("account.password.title"), getTranslation("account.password.help"),
                getTranslation("account.password.current"), getTranslation("account.password.new"),
                getTranslation("account.password.rule"), getTranslation("account.password.again"),
                getTranslation("account.password.save"), getTranslation("account.password.mismatch"));
    }

    private Texts pinTexts() {
        return new Texts(getTranslation("pin.change.title"), getTranslation("pin.change.help"),
                getTranslation("pin.change.current"), getTranslation("pin.new"), getTranslation("pin.rule"),
                getTranslation("pin.again"), getTranslation("pin.change.save"), getTranslation("pin.mismatch"));
    }
}
