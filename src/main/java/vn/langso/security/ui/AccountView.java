package vn.langso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.langso.security.AccountService;
import vn.langso.security.Role;
import vn.langso.security.SignedInUser;
import vn.langso.ui.AppIcon;
import vn.langso.ui.LanguageSwitch;
import vn.langso.ui.LocaleSupport;

/**
 * Who am I, where do I belong, which language, and sign out. Open to every signed-in role; those who look after
 * villagers can also give one a new PIN here.
 */
@Route("account")
@PageTitle("Làng Số")
@Menu(order = 9, title = "nav.account", icon = AppIcon.ACCOUNT)
@PermitAll
public class AccountView extends Div {

    AccountView(AccountService accounts, LocaleSupport localeSupport, AuthenticationContext authentication) {
        addClassName("page");
        SignedInUser user = accounts.currentUser();
        Div card = new Div(line("account.name", user.fullName()), line("account.username", user.username()),
                line("account.role", getTranslation(user.role().labelKey())),
                line("account.place", user.placeLabel(getLocale())));
        card.addClassName("card");
        Button signOut = new Button(getTranslation("account.signOut"), AppIcon.create(AppIcon.SIGN_OUT),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOut.addClassName("sign-out");
        add(new H2(getTranslation("account.title")), card);
        if (user.role() != Role.LEARNER) {
            add(new LearnerPinReset(accounts));
        }
        if (user.role() == Role.PROVINCE_ADMIN) {
            add(new AccountDisabling(accounts));
        }
        add(new H3(getTranslation("language.title")), new LanguageSwitch(localeSupport), signOut);
        if (user.role() == Role.LEARNER) {
            add(new ConsentWithdrawal(accounts, authentication));
        }
        if (user.role() == Role.PROVINCE_ADMIN) {
            // Requests about personal data are rare: a link here, not a place in the phone's bottom bar.
            com.vaadin.flow.component.html.Anchor requests = new com.vaadin.flow.component.html.Anchor(
                    "personal-data", getTranslation("privacy.title"));
            requests.addClassName("button-link");
            addComponentAtIndex(2, requests);
        }
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value);
        text.addClassName("field-value");
        Div line = new Div(label, text);
        line.addClassName("field");
        return line;
    }
}
