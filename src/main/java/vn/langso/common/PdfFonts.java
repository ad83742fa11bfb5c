package vn.langso.common;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans embedded in every PDF we make (certificates, reports), so Vietnamese prints with its diacritics on any
 * server and in any reader; read once.
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = font("fonts/NotoSans-Regular.ttf");
    public static final BaseFont BOLD = font("fonts/NotoSans-Bold.ttf");

    private PdfFonts() {
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
