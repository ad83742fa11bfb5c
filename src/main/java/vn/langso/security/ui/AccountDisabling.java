package vn.langso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.langso.security.AccountRuleException;
import vn.langso.security.AccountService;

/**
 * For the province admin: an account must stop working now (a volunteer left, a phone was lost or stolen). It can
 * no longer sign in, and the sessions it has open end at once.
 */
class AccountDisabling extends Div {

    private final TextField username = new TextField();
    private final Paragraph result = new Paragraph();

    AccountDisabling(AccountService accounts) {
        addClassNames("card", "account-disabling");
        username.setLabel(getTranslation("account.disable.username"));
        username.setWidthFull();
        username.setMaxLength(64);
        result.addClassName("success-text");
        Button disable = new Button(getTranslation("account.disable.submit"), click -> {
            username.setInvalid(false);
            result.setText("");
            try {
                int ended = accounts.disableAccount(username.getValue().strip());
                result.setText(getTranslation("account.disable.done", username.getValue().strip(), ended));
                username.clear();
            } catch (AccountRuleException refused) {
                username.setErrorMessage(getTranslation(refused.messageKey()));
                username.setInvalid(true);
                username.focus();
            }
        });
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClassName("wide-button");
        add(new H3(getTranslation("account.disable.title")), new Paragraph(getTranslation("account.disable.intro")),
                username, disable, result);
    }
}
