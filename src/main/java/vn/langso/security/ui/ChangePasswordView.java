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

/** Replaces a one-time password with the user's own; someone who must change it sees nothing else until they do. */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Làng Số")
@PermitAll
public class ChangePasswordView extends Div {

    ChangePasswordView(AccountService accounts) {
        addClassName("login-page");
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setHelperText(getTranslation("account.password.rule"));
        PasswordField again = new PasswordField(getTranslation("account.password.again"));
        for (PasswordField field : new PasswordField[] {current, next, again}) {
            field.setWidthFull();
            field.setMaxLength(128);
        }
        Button save = new Button(getTranslation("account.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("wide-button");
        save.addClickListener(click -> {
            for (PasswordField field : new PasswordField[] {current, next, again}) {
                field.setInvalid(false);
            }
            if (!next.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("account.password.mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                accounts.changePassword(current.getValue(), next.getValue());
                UI.getCurrent().getSession().setAttribute(FirstPasswordGuard.CHANGED, Boolean.TRUE);
                UI.getCurrent().navigate("");
            } catch (AccountRuleException refused) {
                PasswordField field = "account.password.currentWrong".equals(refused.messageKey()) ? current : next;
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        add(new H2(getTranslation("account.password.title")), new Paragraph(getTranslation("account.password.help")),
                current, next, again, save);
    }
}
