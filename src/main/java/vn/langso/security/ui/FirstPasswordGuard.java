package vn.langso.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;
import vn.langso.security.AccountService;

/** Someone signed in with a one-time password goes to the change-password screen first, wherever they head. */
@Component
class FirstPasswordGuard implements VaadinServiceInitListener {

    static final String CHANGED = "langso.password.checked";

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    FirstPasswordGuard(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() == ChangePasswordView.class || !authentication.isAuthenticated()
                    || Boolean.TRUE.equals(enter.getUI().getSession().getAttribute(CHANGED))) {
                return;
            }
            if (accounts.mustChangePassword()) {
                enter.rerouteTo(ChangePasswordView.class);
            } else {
                enter.getUI().getSession().setAttribute(CHANGED, Boolean.TRUE);
            }
        }));
    }
}
