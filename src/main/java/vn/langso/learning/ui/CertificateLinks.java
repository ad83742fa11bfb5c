package vn.langso.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import vn.langso.learning.CertificateInfo;
import vn.langso.learning.LessonService;
import vn.langso.ui.Dates;

/** The learner's certificates, each a PDF to download, print or send on; its QR code opens the check page. */
class CertificateLinks extends Div {

    CertificateLinks(LessonService lessons, List<CertificateInfo> certificates) {
        addClassName("certificates");
        add(new H3(getTranslation("certificate.mine")));
        String base = baseUrl();
        Locale locale = getLocale();
        for (CertificateInfo certificate : certificates) {
            String verifyUrl = base + "certificates/" + certificate.code();
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = lessons.certificatePdf(certificate.code(), verifyUrl, locale, this::getTranslation);
                return new DownloadResponse(new ByteArrayInputStream(pdf), "chung-nhan-" + certificate.code() + ".pdf",
                        "application/pdf", pdf.length);
            }), "");
            link.add(new Span(getTranslation("certificate.download", certificate.topic().title().in(locale),
                    Dates.format(certificate.issuedOn()))));
            link.addClassName("lesson-card");
            link.getElement().setAttribute("download", true);
            add(link);
        }
    }

    /** The app's address as the phone reached it, e.g. https://langso.tuyenquang.gov.vn/ (links, QR codes). */
    static String baseUrl() {
        VaadinServletRequest current = (VaadinServletRequest) VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
    }
}
