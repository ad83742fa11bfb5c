package vn.langso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.langso.demo.DemoAccount;

/**
 * In demo mode only, the sign-in page lists one demo account per role; a tap fills the form.
 * Demo mode is off in production (the mysql profile), so nothing of this is ever rendered there.
 */
@Component
class DemoAccountsPanel {

    private final boolean demoMode;

    DemoAccountsPanel(@Value("${langso.demo.enabled:false}") boolean demoMode) {
        this.demoMode = demoMode;
    }

    void attachTo(Div page, LoginForm form) {
        if (!demoMode) {
            return;
        }
        Div panel = new Div();
        panel.addClassName("demo-accounts");
        panel.add(new H2(page.getTranslation("login.demo.title")));
        panel.add(new Span(page.getTranslation("login.demo.password", DemoAccount.PASSWORD)));
        for (DemoAccount account : DemoAccount.ALL) {
            Button fill = new Button(page.getTranslation(account.role().labelKey()) + ": " + account.username(),
                    click -> form.getElement().executeJs(
                            "const u=this.querySelector('vaadin-text-field[name=username]')||this.querySelector('[name=username]');"
                                    + "const p=this.querySelector('vaadin-password-field')||this.querySelector('[name=password]');"
                                    + "u.value=$0;p.value=$1;p.focus();",
                            account.username(), DemoAccount.PASSWORD));
            fill.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            fill.addClassName("demo-account");
            panel.add(fill);
        }
        page.add(panel);
    }
}
