package vn.langso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks once more before something that cannot be undone (a removal, a withdrawal, an erasure). */
public final class Confirm {

    private Confirm() {
    }

    public static void ask(String title, String question, String yesText, String cancelText, Runnable action) {
        Dialog confirm = new Dialog(new Paragraph(question));
        confirm.setHeaderTitle(title);
        confirm.setMaxWidth("100%");
        Button yes = new Button(yesText, click -> {
            confirm.close();
            action.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button(cancelText, click -> confirm.close()), yes);
        confirm.open();
    }
}
