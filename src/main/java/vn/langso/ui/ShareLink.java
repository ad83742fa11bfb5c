package vn.langso.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.webshare.ShareContent;
import com.vaadin.flow.component.webshare.WebShare;
import com.vaadin.flow.component.webshare.WebShareSupport;
import java.net.URI;
import vn.langso.common.QrCodes;

/**
 * A link to pass on, e.g. a lesson for the village's Zalo group: its QR code to scan from this screen, the link to
 * copy, and the phone's own share sheet where the phone has one. Copying and sharing run in the browser's own click
 * handler, since browsers allow both only during a tap. Create it while a UI is current (in a view, or in
 * {@code ui.access}): whether the phone can share is that UI's to say.
 */
public class ShareLink extends Div {

    public ShareLink(String absoluteUrl) {
        this(absoluteUrl, null);
    }

    /** {@code title} goes with the link into the share sheet (Zalo shows it above the link), when given. */
    public ShareLink(String absoluteUrl, String title) {
        if (!URI.create(absoluteUrl).isAbsolute()) {
            throw new IllegalArgumentException("A shared link must be absolute: " + absoluteUrl);
        }
        addClassName("share-link");

        Svg qr = new Svg(QrCodes.svg(absoluteUrl));
        qr.addClassName("share-qr");
        qr.getElement().setAttribute("role", "img");
        qr.getElement().setAttribute("aria-label", getTranslation("share.qr"));
        Span scan = new Span(getTranslation("share.scan"));
        scan.addClassName("share-scan");

        TextField link = new TextField(getTranslation("share.link"));
        link.setValue(absoluteUrl);
        link.setReadOnly(true);
        link.setAutoselect(true);
        link.addClassName("share-url");

        Button copy = new Button(getTranslation("share.copy"), AppIcon.create(AppIcon.COPY));
        Clipboard.onClick(copy).writeText(absoluteUrl,
                copied -> notify(getTranslation("share.copied"), NotificationVariant.LUMO_SUCCESS),
                failed -> notify(getTranslation("share.copyFailed"), NotificationVariant.LUMO_WARNING));

        Button share = new Button(getTranslation("share.share"), AppIcon.create(AppIcon.SHARE));
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ShareContent content = ShareContent.create().url(absoluteUrl);
        WebShare.onClick(share).share(title == null ? content : content.title(title).text(title));
        share.bindVisible(WebShare.supportSignal().map(support -> support == WebShareSupport.SUPPORTED));

        Div actions = new Div(copy, share);
        actions.addClassName("share-actions");
        add(qr, scan, link, actions);
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_CENTER).addThemeVariants(variant);
    }
}
