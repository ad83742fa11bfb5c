package vn.langso.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.langso.security.AccountService;
import vn.langso.security.SignedInUser;

/**
 * Chooses the language of each page: a choice made on the sign-in page in this browser session wins and is
 * saved to the account; otherwise the account's saved choice; otherwise Vietnamese. While the database is out of
 * reach, the language the browser session already had.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    private static final String CHOSEN_BEFORE_SIGN_IN = "langso.locale.chosen";

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    LocaleSupport(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), chooseLocale()));
    }

    /** Switches the language now and remembers it: on the account when signed in, else for this session. */
    public void switchTo(Locale locale) {
        Locale chosen = Translations.supported(locale);
        if (authentication.isAuthenticated()) {
            accounts.saveLanguage(chosen);
        } else {
            WrappedSession session = VaadinSession.getCurrent().getSession();
            session.setAttribute(CHOSEN_BEFORE_SIGN_IN, chosen.getLanguage());
        }
        UI ui = UI.getCurrent();
        apply(ui, chosen);
        ui.getPage().reload();
    }

    private Locale chooseLocale() {
        WrappedSession session = VaadinRequest.getCurrent() == null ? null
                : VaadinRequest.getCurrent().getWrappedSession(false);
        Object chosenBeforeSignIn = session == null ? null : session.getAttribute(CHOSEN_BEFORE_SIGN_IN);
        if (authentication.isAuthenticated()) {
            if (chosenBeforeSignIn != null) {
                session.removeAttribute(CHOSEN_BEFORE_SIGN_IN);
                Locale chosen = Locale.of((String) chosenBeforeSignIn);
                accounts.saveLanguage(chosen);
                return chosen;
            }
            try {
                SignedInUser user = accounts.currentUser();
                return Translations.supported(user.locale());
            } catch (RuntimeException failure) {
                if (!FriendlyErrors.databaseUnreachable(failure)) {
                    throw failure;
                }
                // The page must still open to say the database is out of reach: in the language this browser
                // session last had (the account's, before the outage), else Vietnamese.
                Locale before = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getLocale();
                return before == null ? Translations.VIETNAMESE : Translations.supported(before);
            }
        }
        return chosenBeforeSignIn == null ? Translations.VIETNAMESE : Locale.of((String) chosenBeforeSignIn);
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        VaadinSession.getCurrent().setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

}
