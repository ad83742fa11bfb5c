package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.ui.LessonEditorView;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * The province admin uploads a photo for a lesson step: it is stored once, scaled, without its GPS position, and
 * shown in the editor, the preview and to learners. Files that are not PNG or JPEG pictures, or too big, are refused.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.PROVINCE_ADMIN)
class ProvinceAdminUploadsAPictureTest extends SpringBrowserlessTest {

    private static final String LESSON = "track-submitted-file";
    private static final String GPS = "GPS 21.0285N 105.8542E";

    @Autowired
    LessonService lessons;

    @Autowired
    UploadedPictureController served;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhotoIsStoredOnceScaledWithoutItsGpsPositionAndShownEverywhere() throws IOException {
        byte[] photo = withExif(jpeg(photo(1200, 1600)), 6);
        navigate("lesson-editor/" + LESSON, LessonEditorView.class);
        test(find(Upload.class).all().getFirst()).upload("IMG_2041.jpg", "image/jpeg", photo);
        String reference = firstPicture().getValue();
        assertThat(reference).matches("u/[0-9a-f]{64}\\.jpg");
        assertThat(firstPicture().isInvalid()).isFalse();
        String name = reference.substring(2);

        var stored = jdbc.sql("select content_type, width, height, content, uploaded_by from lesson_picture where name = ?")
                .param(name).query().singleRow();
        assertThat(stored.get("content_type")).isEqualTo("image/jpeg");
        assertThat(stored.get("width")).as("turned upright as the phone said, then 800 px wide").isEqualTo(800);
        assertThat(stored.get("height")).isEqualTo(600);
        assertThat(stored.get("uploaded_by")).isEqualTo(DemoUsers.PROVINCE_ADMIN);
        byte[] bytes = (byte[]) stored.get("content");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(GPS).doesNotContain("Exif");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(decoded.getWidth()).isEqualTo(800);
        Color corner = new Color(decoded.getRGB(790, 10));
        assertThat(corner.getRed() > 200 && corner.getGreen() < 60 && corner.getBlue() < 60)
                .as("the photo's red corner is now top right: " + corner).isTrue();
        assertThat(find(Image.class).withClassName("editor-picture").all().getFirst().getSrc())
                .isEqualTo("lesson-pictures/" + reference);

        test(find(Upload.class).all().getFirst()).upload("IMG_2041 (1).jpg", "image/jpeg", photo);
        assertThat(firstPicture().getValue()).isEqualTo(reference);
        assertThat(jdbc.sql("select count(*) from lesson_picture where name = ?").param(name).query(Long.class).single())
                .as("the same picture twice is stored once").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LESSON_PICTURE_UPLOADED' and detail = ?")
                .param(reference).query(Long.class).single()).isEqualTo(2);

        ResponseEntity<byte[]> response = served.picture(name);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).hasToString("image/jpeg");
        assertThat(response.getHeaders().getCacheControl()).contains("max-age=31536000", "immutable");
        assertThat(response.getBody()).isEqualTo(bytes);
        assertThat(served.picture("0".repeat(64) + ".jpg").getStatusCode().value()).isEqualTo(404);

        test(find(Button.class).withText("Xem trước trên điện thoại").single()).click();
        assertThat(find(Image.class).withClassName("lesson-picture").all()).extracting(Image::getSrc)
                .contains("lesson-pictures/" + reference);
        test(find(Button.class).withText("Đóng").single()).click();
        test(find(Button.class).withText("Xuất bản phiên bản mới").single()).click();
        LessonToTake learnersCopy = AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> lessons.lesson(LESSON));
        assertThat(learnersCopy.content().steps().getFirst().picture()).isEqualTo(reference);
    }

    @Test
    void aFileThatIsNotAPictureOrIsTooBigIsRefusedAtThePictureField() throws IOException {
        long before = pictures();
        navigate("lesson-editor/" + LESSON, LessonEditorView.class);
        String picture = firstPicture().getValue();
        test(find(Upload.class).all().getFirst()).upload("anh.png", "image/png",
                "<svg onload=alert(1)>not a picture</svg>".getBytes(StandardCharsets.UTF_8));
        assertThat(firstPicture().isInvalid()).isTrue();
        assertThat(firstPicture().getErrorMessage()).isEqualTo("Không đọc được ảnh này. Hãy chọn một ảnh PNG hoặc JPEG.");

        byte[] big = Arrays.copyOf(png(photo(200, 100)), PictureFile.MAX_UPLOAD_BYTES + 1);
        test(find(Upload.class).all().getFirst()).upload("big.png", "image/png", big);
        assertThat(firstPicture().getErrorMessage()).isEqualTo("Ảnh quá lớn: chỉ nhận ảnh tối đa 2 MB.");

        assertThat(firstPicture().getValue()).as("the step keeps its picture").isEqualTo(picture);
        assertThat(pictures()).as("nothing is stored").isEqualTo(before);
    }

    @Test
    void drawingsStayPngPhotosBecomeJpegAndOtherFormatsAreRefused() throws IOException {
        BufferedImage drawing = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = drawing.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillOval(100, 100, 300, 300);
        graphics.dispose();
        assertStored(lessons.uploadPicture(png(drawing)), "image/png", 800, 400);
        BufferedImage transparentCorner = ImageIO.read(new ByteArrayInputStream(storedBytes(lessons.uploadPicture(png(drawing)))));
        assertThat(transparentCorner.getRGB(0, 0) >>> 24).as("transparency is kept").isZero();

        BufferedImage screenshot = new BufferedImage(360, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D flat = screenshot.createGraphics();
        flat.setColor(Color.WHITE);
        flat.fillRect(0, 0, 360, 640);
        flat.setColor(new Color(11, 110, 79));
        flat.fillRect(20, 500, 320, 60);
        flat.dispose();
        assertStored(lessons.uploadPicture(png(screenshot)), "image/png", 360, 640);

        assertStored(lessons.uploadPicture(png(photo(900, 600))), "image/jpeg", 800, 533);

        BufferedImage twelveMegapixels = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D sky = twelveMegapixels.createGraphics();
        sky.setPaint(new java.awt.GradientPaint(0, 0, Color.CYAN, 4000, 3000, Color.ORANGE));
        sky.fillRect(0, 0, 4000, 3000);
        sky.dispose();
        assertStored(lessons.uploadPicture(jpeg(twelveMegapixels)), "image/jpeg", 800, 600);

        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(screenshot, "gif", gif);
        assertThatThrownBy(() -> lessons.uploadPicture(gif.toByteArray())).isInstanceOf(LessonRuleException.class)
                .hasMessage("lesson.picture.unreadable");
        byte[] screenshotPng = png(screenshot);
        assertThatThrownBy(() -> AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> lessons.uploadPicture(screenshotPng)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void assertStored(String reference, String contentType, int width, int height) {
        var stored = jdbc.sql("select content_type, width, height from lesson_picture where name = ?")
                .param(reference.substring(2)).query().singleRow();
        assertThat(stored).containsEntry("content_type", contentType).containsEntry("width", width)
                .containsEntry("height", height);
    }

    private byte[] storedBytes(String reference) {
        return jdbc.sql("select content from lesson_picture where name = ?").param(reference.substring(2))
                .query(byte[].class).single();
    }

    @SuppressWarnings("unchecked")
    private Select<String> firstPicture() {
        return find(Select.class).withLabel("Hình").all().getFirst();
    }

    private long pictures() {
        return jdbc.sql("select count(*) from lesson_picture").query(Long.class).single();
    }

    /** Soft colours with a camera's grain, and a red top-left corner to tell which way up it is. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(33) - 16;
                Color colour = x < width / 5 && y < height / 5 ? Color.RED
                        : new Color(channel(x * 255 / width + grain), channel(y * 255 / height + grain), channel(128 + grain));
                image.setRGB(x, y, colour.getRGB());
            }
        }
        return image;
    }

    private static int channel(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block as phones write it: an orientation, and a GPS position in its text. */
    private static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] gps = GPS.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0,
                (byte) orientation, 0, 0, 0, 0, 0, 0});
        tiff.writeBytes(gps);
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
