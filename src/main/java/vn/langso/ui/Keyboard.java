package vn.langso.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Which keyboard a phone opens for a field: digits only for a PIN, a dial pad for a phone number. Vaadin's fields
 * keep their native input inside, and an inputmode attribute on the field itself never reaches it, so the hint is
 * set on that input once the field is ready.
 */
public final class Keyboard {

    private Keyboard() {
    }

    public static void digits(HasElement field) {
        use(field, "numeric");
    }

    public static void phone(HasElement field) {
        use(field, "tel");
    }

    private static void use(HasElement field, String inputMode) {
        field.getElement().addAttachListener(attach -> field.getElement().executeJs("""
                const field = this;
                customElements.whenDefined(field.localName).then(() => {
                  const apply = () => field.inputElement ? field.inputElement.inputMode = $0 : requestAnimationFrame(apply);
                  apply();
                });""", inputMode));
    }
}
