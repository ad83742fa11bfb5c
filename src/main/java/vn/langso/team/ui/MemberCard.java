package vn.langso.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.langso.common.PhoneNumbers;
import vn.langso.team.MemberRow;
import vn.langso.ui.AppIcon;
import vn.langso.ui.Dates;

/** A member on a phone screen: name, role, where they come from, and one tap to call or to chat on Zalo. */
class MemberCard extends Div {

    MemberCard(MemberRow member, Component actions) {
        addClassName("member-card");
        Span name = new Span(member.fullName());
        name.addClassName("member-name");
        Span role = new Span(getTranslation("team.role." + member.role()) + " · "
                + getTranslation("team.affiliation." + member.affiliation()));
        role.addClassName("member-role");
        Span phone = new Span(PhoneNumbers.display(member.phone()));
        phone.addClassName("member-phone");
        Div text = new Div(name, role, phone);
        text.addClassName("member-text");
        if (member.hasAccount()) {
            Span account = new Span(getTranslation("team.member.account.has"));
            account.addClassNames("chip", "chip-ok");
            text.add(account);
        }
        if (!member.active()) {
            Span left = new Span(getTranslation("team.member.leftOn", Dates.format(member.leftOn())));
            left.addClassName("member-left");
            text.add(left);
        }
        Anchor call = new Anchor(PhoneNumbers.telUri(member.phone()), "");
        call.add(AppIcon.create(AppIcon.PHONE), new Span(getTranslation("team.member.call")));
        call.getElement().setAttribute("aria-label", getTranslation("team.member.callName", member.fullName()));
        call.addClassNames("contact", "contact-call");
        Anchor zalo = new Anchor(PhoneNumbers.zaloUri(member.phone()), "");
        zalo.setTarget(AnchorTarget.BLANK);
        zalo.getElement().setAttribute("rel", "noopener");
        zalo.add(AppIcon.create(AppIcon.CHAT), new Span("Zalo"));
        zalo.getElement().setAttribute("aria-label", getTranslation("team.member.zaloName", member.fullName()));
        zalo.addClassNames("contact", "contact-zalo");
        Div contacts = new Div(call, zalo);
        contacts.addClassName("contacts");
        add(text, contacts);
        if (actions != null) {
            add(actions);
        }
    }
}
