package vn.langso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.langso.security.AccountService;
import vn.langso.ui.Confirm;

/** A learner takes back their consent: said plainly, asked once more, then they are signed out for good. */
class ConsentWithdrawal extends Div {

    ConsentWithdrawal(AccountService accounts, AuthenticationContext authentication) {
        Button withdraw = new Button(getTranslation("account.withdraw"), click -> Confirm.ask(
                getTranslation("account.withdraw"), getTranslation("account.withdraw.confirm"),
                getTranslation("account.withdraw.yes"), getTranslation("action.cancel"), () -> {
                    accounts.withdrawMyConsent();
                    authentication.logout();
                }));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new H3(getTranslation("account.withdraw.title")), new Paragraph(getTranslation("account.withdraw.help")),
                withdraw);
    }
}
