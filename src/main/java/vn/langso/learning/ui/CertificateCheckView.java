package vn.langso.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import vn.langso.learning.CertificateInfo;
import vn.langso.learning.LessonService;
import vn.langso.ui.Dates;

/** Public: what the QR code on a certificate opens. Says whether it is genuine and what it certifies, nothing more. */
@Route(value = "certificates/:code", autoLayout = false)
@PageTitle("Làng Số")
@AnonymousAllowed
public class CertificateCheckView extends Div implements BeforeEnterObserver {

    private final LessonService lessons;

    CertificateCheckView(LessonService lessons) {
        this.lessons = lessons;
        addClassNames("page", "certificate-check");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<CertificateInfo> found = lessons.verify(code);
        H1 app = new H1(getTranslation("app.name"));
        app.addClassName("app-name");
        add(app);
        if (found.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("certificate.check.unknown", code));
            unknown.addClassName("lesson-not-yet");
            add(new H2(getTranslation("certificate.check.title")), unknown);
            return;
        }
        CertificateInfo certificate = found.get();
        Paragraph genuine = new Paragraph(getTranslation("certificate.check.genuine"));
        genuine.addClassName("lesson-passed");
        add(new H2(getTranslation("certificate.check.title")), genuine,
                new Paragraph(getTranslation("certificate.check.says", certificate.learnerName(),
                        certificate.topic().title().in(getLocale()), Dates.format(certificate.issuedOn()))),
                new Paragraph(getTranslation("certificate.code") + " " + certificate.code()));
    }
}
