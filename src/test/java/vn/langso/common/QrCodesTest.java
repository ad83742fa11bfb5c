package vn.langso.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.langso.support.QrReader;

/** What a phone's camera reads from our QR codes is exactly the link we put in. */
class QrCodesTest {

    private static final String LESSON_LINK = "https://langso.example.vn/lessons/an-toan-khi-chuyen-tien?from=qr";

    @Test
    void theSvgReadsBackAsTheSameLink() throws Exception {
        Result read = QrReader.read(paint(QrCodes.svg(LESSON_LINK), 4));
        assertThat(read.getText()).isEqualTo(LESSON_LINK);
        assertThat(read.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    }

    @Test
    void thePngReadsBackAsTheSameLink() throws Exception {
        byte[] png = QrCodes.png(LESSON_LINK, 300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(QrReader.read(image).getText()).isEqualTo(LESSON_LINK);
    }

    @Test
    void vietnameseTextReadsBackWithItsDiacritics() throws Exception {
        String text = "Bài 3: Nhận biết tin nhắn lừa đảo";
        assertThat(QrReader.read(paint(QrCodes.svg(text), 4)).getText()).isEqualTo(text);
        assertThat(QrReader.read(ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 200)))).getText()).isEqualTo(text);
    }

    @Test
    void theSvgIsOneBlackPathOnWhiteWithAQuietZone() {
        String svg = QrCodes.svg(LESSON_LINK);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(svg.split("<path", -1)).hasSize(2);
        assertThat(svg).contains("fill=\"#fff\"", "stroke=\"#000\"").doesNotContain("style=", "<script");
        boolean[][] modules = modules(svg);
        for (int i = 0; i < modules.length; i++) {
            for (int edge = 0; edge < 4; edge++) {
                assertThat(modules[i][edge] || modules[edge][i] || modules[i][modules.length - 1 - edge]
                        || modules[modules.length - 1 - edge][i]).as("quiet zone at %d/%d", i, edge).isFalse();
            }
        }
        // small enough to send with every page that shows a link
        assertThat(svg.length()).isLessThan(3_000);
    }

    @Test
    void aPngTooSmallForTheCodeIsAsLargeAsTheCode() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(LESSON_LINK, 10)));
        assertThat(image.getWidth()).isEqualTo(modules(QrCodes.svg(LESSON_LINK)).length)
                .isEqualTo(image.getHeight());
    }

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"");
    private static final Pattern RUN = Pattern.compile("([Mm])(-?\\d+) (-?\\d+)(?:\\.5)?h(\\d+)");

    /** The dark modules the SVG's path draws, read back from the path itself. */
    private static boolean[][] modules(String svg) {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        assertThat(viewBox.find()).isTrue();
        int size = Integer.parseInt(viewBox.group(1));
        boolean[][] dark = new boolean[size][size];
        String path = svg.substring(svg.indexOf(" d=\"") + 4, svg.lastIndexOf('"'));
        Matcher run = RUN.matcher(path);
        int end = 0;
        int x = 0;
        int y = 0;
        while (run.find()) {
            assertThat(run.start()).as("nothing but runs in the path").isEqualTo(end);
            end = run.end();
            boolean relative = run.group(1).equals("m");
            x = (relative ? x : 0) + Integer.parseInt(run.group(2));
            y = (relative ? y : 0) + Integer.parseInt(run.group(3));
            for (int length = Integer.parseInt(run.group(4)); length > 0; length--) {
                dark[y][x++] = true;
            }
        }
        assertThat(end).isEqualTo(path.length());
        return dark;
    }

    private static BufferedImage paint(String svg, int pixelsPerModule) {
        boolean[][] dark = modules(svg);
        BufferedImage image = new BufferedImage(dark.length * pixelsPerModule, dark.length * pixelsPerModule,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, dark[y / pixelsPerModule][x / pixelsPerModule] ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
