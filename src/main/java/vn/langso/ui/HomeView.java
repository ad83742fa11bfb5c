package vn.langso.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.langso.security.AccountService;

/** "/" sends each signed-in user to their own role's home screen. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AccountService accounts;

    HomeView(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(accounts.currentUser().role().homeRoute());
    }
}
