package vn.langso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Production (the mysql profile) has demo mode off unless LANGSO_DEMO says otherwise, and without demo mode the
 * sign-in page gets no demo accounts and no password.
 */
class DemoAccountsAreNeverListedInProductionTest {

    @Test
    void theProductionProfileTurnsDemoModeOffByDefault() throws IOException {
        Properties production = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-mysql.properties")) {
            production.load(in);
        }
        assertThat(production.getProperty("langso.demo.enabled")).isEqualTo("${LANGSO_DEMO:false}");
    }

    @Test
    void withoutDemoModeTheSignInPageGetsNothing() {
        Div page = new Div();
        new DemoAccountsPanel(false).attachTo(page, new LoginForm());
        assertThat(page.getChildren()).isEmpty();
    }
}
