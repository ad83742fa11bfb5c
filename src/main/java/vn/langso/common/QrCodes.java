package vn.langso.common;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for links people scan with their phone's camera or Zalo: error correction M (a smudged print still
 * reads), the standard quiet zone of four modules, black on white.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * A small SVG that scales to any size: one module is one unit of its view box, and every dark module is in one
     * path, a line one unit wide per run of dark modules in a row, each run written relative to the one before.
     * Nothing in it is styled inline or scripted, so it may go straight into a page under a strict CSP.
     */
    public static String svg(String text) {
        BitMatrix modules = encode(text, 0);
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder(size * size / 2);
        int penX = 0;
        int penY = 0;
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && modules.get(x, y)) {
                    x++;
                }
                if (path.isEmpty()) {
                    path.append('M').append(start).append(' ').append(y).append(".5");
                } else {
                    path.append('m').append(start - penX).append(' ').append(y - penY);
                }
                path.append('h').append(x - start);
                penX = x;
                penY = y;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path stroke=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * A PNG of {@code size} x {@code size} pixels (for PDFs and printouts), the code centred in whole pixels per
     * module; a size too small for the code gives the smallest image that holds it.
     */
    public static byte[] png(String text, int size) {
        BitMatrix pixels = encode(text, size);
        BufferedImage image = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < pixels.getHeight(); y++) {
            for (int x = 0; x < pixels.getWidth(); x++) {
                image.setRGB(x, y, pixels.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return png.toByteArray();
    }

    private static BitMatrix encode(String text, int size) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        // Plain links stay in the default charset: naming UTF-8 adds an ECI marker some older scanners trip over.
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", tooLong);
        }
    }
}
