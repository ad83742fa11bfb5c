package vn.langso.learning;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.langso.common.PdfFonts;
import vn.langso.common.QrCodes;

/** The certificate as an A4 PDF: title, name, topic and its lessons, date, and a QR code to check it online. */
final class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BaseFont REGULAR = PdfFonts.REGULAR;
    private static final BaseFont BOLD = PdfFonts.BOLD;

    private CertificatePdf() {
    }

    record Texts(String heading, String certifies, String completed, String issuedOn, String check, String code) {
    }

    static byte[] render(CertificateInfo certificate, List<String> lessonTitles, Locale locale, Texts texts,
            String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.heading());
        document.open();
        document.add(centered(texts.heading(), new Font(BOLD, 26, Font.NORMAL, new java.awt.Color(11, 110, 79)), 12));
        document.add(centered(texts.certifies(), new Font(REGULAR, 13), 6));
        document.add(centered(certificate.learnerName(), new Font(BOLD, 22), 6));
        document.add(centered(texts.completed(), new Font(REGULAR, 13), 4));
        document.add(centered(certificate.topic().title().in(locale), new Font(BOLD, 17), 10));
        for (String lesson : lessonTitles) {
            document.add(centered("• " + lesson, new Font(REGULAR, 11), 2));
        }
        document.add(centered(texts.issuedOn() + " " + DAY.format(certificate.issuedOn()), new Font(REGULAR, 12), 16));
        Image qr;
        try {
            qr = Image.getInstance(QrCodes.png(verifyUrl, 360));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        qr.scaleToFit(130, 130);
        qr.setAlignment(Element.ALIGN_CENTER);
        document.add(qr);
        document.add(centered(texts.check(), new Font(REGULAR, 10), 2));
        document.add(centered(verifyUrl, new Font(REGULAR, 10), 2));
        document.add(centered(texts.code() + " " + certificate.code(), new Font(BOLD, 11), 2));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
