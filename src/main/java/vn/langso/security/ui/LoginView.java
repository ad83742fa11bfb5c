package vn.langso.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.langso.common.PhoneNumbers;
import vn.langso.security.AccountLockedException;
import vn.langso.security.TooManyAttemptsFromAddressException;
import vn.langso.ui.AppIcon;
import vn.langso.ui.LanguageSwitch;
import vn.langso.ui.LocaleSupport;

@Route(value = "login", autoLayout = false)
@PageTitle("Làng Số")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;
    private final Duration firstLock;

    LoginView(LocaleSupport localeSupport, DemoAccountsPanel demoAccounts, AuthenticationContext authentication,
            @Value("${langso.security.lock-duration:PT15M}") Duration firstLock) {
        this.authentication = authentication;
        this.firstLock = firstLock;
        addClassName("login-page");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(getTranslation("login.failed.title"), getTranslation("login.failed.message")));
        Button signUp = new Button(getTranslation("signup.open"), AppIcon.create(AppIcon.PHONE),
                click -> UI.getCurrent().navigate(SignUpView.class));
        signUp.addThemeVariants(ButtonVariant.LUMO_LARGE);
        signUp.addClassNames("wide-button", "sign-up-button");
        add(new LanguageSwitch(localeSupport), title, tagline);
        fillInJustSignedUpPhone();
        add(form, signUp);
        demoAccounts.attachTo(this, form);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    /** Straight after signing up, the villager only has to type the PIN they just chose. */
    private void fillInJustSignedUpPhone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object phone = session == null ? null : session.getAttribute(SignUpView.SIGNED_UP_PHONE);
        if (!(phone instanceof String username)) {
            return;
        }
        session.setAttribute(SignUpView.SIGNED_UP_PHONE, null);
        Paragraph done = new Paragraph(getTranslation("signup.done", PhoneNumbers.display(username)));
        done.addClassName("success-text");
        add(done);
        form.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form').then(() => {
                  const fill = () => {
                    const user = form.querySelector('vaadin-text-field[name=username]');
                    const pin = form.querySelector('vaadin-password-field');
                    if (!user || !pin) { requestAnimationFrame(fill); return; }
                    user.value = $0;
                    // after the username field's own autofocus, which waits for the next frame
                    requestAnimationFrame(() => requestAnimationFrame(() => pin.focus()));
                  };
                  fill();
                });""", PhoneNumbers.display(username));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Someone already signed in goes home. This also heals a race on slow links: the sign-in page's own
        // "login" round trip can come back after the form post has changed the session id, and Vaadin then
        // reloads /login in a browser that is in fact signed in.
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(whyItFailed(lastFailure()));
            form.setError(true);
        }
    }

    private LoginI18n whyItFailed(Object failure) {
        if (failure instanceof TooManyAttemptsFromAddressException) {
            return i18n(getTranslation("pin.signIn.tooMany.title"), getTranslation("pin.signIn.tooMany.message"));
        }
        if (failure instanceof LockedException) {
            Duration remaining = failure instanceof AccountLockedException locked ? locked.remaining() : firstLock;
            return i18n(getTranslation("login.locked.title"),
                    getTranslation("login.locked.message", waitingTime(remaining)));
        }
        return i18n(getTranslation("login.failed.title"), getTranslation("login.failed.message"));
    }

    /** "15 phút", "2 giờ": whole minutes up to two hours, then whole hours, always rounded up. */
    private String waitingTime(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return minutes <= 120 ? getTranslation("pin.wait.minutes", minutes)
                : getTranslation("pin.wait.hours", (minutes + 59) / 60);
    }

    private static Object lastFailure() {
        WrappedSession session = VaadinRequest.getCurrent() == null ? null
                : VaadinRequest.getCurrent().getWrappedSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
