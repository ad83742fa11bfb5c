package vn.langso.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import vn.langso.place.PlaceService;
import vn.langso.security.AccountRuleException;
import vn.langso.security.AccountService;
import vn.langso.security.NewLearner;
import vn.langso.ui.Keyboard;
import vn.langso.ui.LanguageSwitch;
import vn.langso.ui.LocaleSupport;

/**
 * A villager makes their own account to take lessons: name, mobile number, home village, a 4–6 digit PIN typed
 * twice, and their consent. Then they sign in on the usual page, their phone already filled in.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Làng Số")
@AnonymousAllowed
public class SignUpView extends Div implements BeforeEnterObserver {

    /** The phone just signed up, for the sign-in page to fill in (kept in the session, never in the address bar). */
    static final String SIGNED_UP_PHONE = "langso.signup.phone";

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final HomeVillagePicker home;
    private final PasswordField pin = new PasswordField();
    private final PasswordField pinAgain = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final Span formError = new Span();
    private final Button create = new Button();

    SignUpView(AccountService accounts, PlaceService places, LocaleSupport localeSupport,
            AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.home = new HomeVillagePicker(places);
        addClassNames("login-page", "signup-page");
        H1 title = new H1(getTranslation("signup.title"));
        title.addClassName("login-title");

        name.setLabel(getTranslation("signup.name"));
        name.setMaxLength(200);
        name.setAutocomplete(Autocomplete.NAME);
        phone.setLabel(getTranslation("signup.phone"));
        phone.setHelperText(getTranslation("signup.phone.help"));
        phone.setMaxLength(20);
        phone.setAutocomplete(Autocomplete.TEL);
        Keyboard.phone(phone);
        pin.setLabel(getTranslation("pin.new"));
        pin.setHelperText(getTranslation("pin.rule"));
        pinAgain.setLabel(getTranslation("pin.again"));
        for (PasswordField field : new PasswordField[] {pin, pinAgain}) {
            pinField(field);
        }
        name.setWidthFull();
        phone.setWidthFull();

        Paragraph purpose = new Paragraph(getTranslation("signup.consent.purpose"));
        purpose.addClassName("consent-purpose");
        consent.setLabel(getTranslation("signup.consent.agree"));
        consent.addClassName("consent");
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");

        create.setText(getTranslation("signup.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("wide-button");
        // A second tap while the first is under way does nothing; a refusal enables the button again.
        create.setDisableOnClick(true);
        create.addClickListener(click -> createAccount());
        RouterLink signIn = new RouterLink(getTranslation("signup.haveAccount"), LoginView.class);
        signIn.addClassName("big-link");

        add(new LanguageSwitch(localeSupport), title, new Paragraph(getTranslation("signup.intro")), name, phone,
                home, pin, pinAgain, purpose, consent, formError, create, signIn);
    }

    /** Digits only, on the phone's number pad. */
    static void pinField(PasswordField field) {
        field.setWidthFull();
        field.setMaxLength(6);
        field.setAllowedCharPattern("[0-9]");
        field.setPattern("[0-9]*");
        field.setAutocomplete(Autocomplete.OFF);
        Keyboard.digits(field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    private void createAccount() {
        clearErrors();
        if (!everythingFilledIn()) {
            create.setEnabled(true);
            return;
        }
        try {
            String username = accounts.signUpLearner(new NewLearner(name.getValue(), phone.getValue(),
                    home.villageId(), pin.getValue(), consent.getValue()), clientAddress());
            VaadinSession.getCurrent().setAttribute(SIGNED_UP_PHONE, username);
            UI.getCurrent().navigate(LoginView.class);
        } catch (AccountRuleException refused) {
            refuse(refused.messageKey());
            create.setEnabled(true);
        }
    }

    private boolean everythingFilledIn() {
        boolean complete = true;
        for (Map.Entry<String, Boolean> missing : Map.of(
                "signup.nameRequired", name.getValue().isBlank(),
                "signup.phoneInvalid", phone.getValue().isBlank(),
                "signup.villageRequired", home.villageId() == null,
                "pin.format", pin.getValue().isEmpty(),
                "pin.mismatch", !pin.getValue().equals(pinAgain.getValue()),
                "signup.consentRequired", !consent.getValue()).entrySet()) {
            if (missing.getValue()) {
                refuse(missing.getKey());
                complete = false;
            }
        }
        return complete;
    }

    /** Shows the refusal at the field it is about, or above the button when it is about the whole form. */
    private void refuse(String messageKey) {
        String message = getTranslation(messageKey);
        if (messageKey.startsWith("signup.village")) {
            home.refuse(message);
            return;
        }
        HasValidation field = switch (messageKey) {
            case "signup.nameRequired" -> name;
            case "signup.phoneInvalid", "signup.phoneTaken" -> phone;
            case "pin.mismatch" -> pinAgain;
            case "signup.consentRequired" -> consent;
            default -> messageKey.startsWith("pin.") ? pin : null;
        };
        if (field == null) {
            formError.setText(message);
            return;
        }
        if (field.isInvalid()) {
            return; // the first problem of a field is the one to fix first
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {name, phone, pin, pinAgain, consent}) {
            field.setInvalid(false);
        }
        home.clearError();
        formError.setText("");
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null ? request.getRemoteAddr() : VaadinSession.getCurrent().getBrowser().getAddress();
    }
}
