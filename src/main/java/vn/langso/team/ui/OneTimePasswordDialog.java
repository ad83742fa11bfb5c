package vn.langso.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.langso.common.PhoneNumbers;
import vn.langso.team.MemberRow;

/** Shown once: the new account's sign-in name (the phone number) and one-time password, to pass on to the member. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(MemberRow member, String oneTimePassword) {
        addClassName("form-dialog");
        setHeaderTitle(getTranslation("team.member.account.created", member.fullName()));
        Span password = new Span(oneTimePassword);
        password.addClassName("one-time-password");
        add(new Paragraph(getTranslation("team.member.account.username", PhoneNumbers.display(member.phone()))),
                new Paragraph(getTranslation("team.member.account.password")), password,
                new Paragraph(getTranslation("team.member.account.help")));
        Button done = new Button(getTranslation("team.member.account.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
