package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.ui.CertificateCheckView;
import vn.langso.learning.ui.LessonsView;
import vn.langso.support.DemoUsers;

/** Finishing every lesson of a topic gives a certificate: a PDF with a QR code that anyone can check. */
@SpringBootTest
@ActiveProfiles("test")
class LearnerEarnsACertificateTest extends SpringBrowserlessTest {

    @Autowired
    LessonService lessons;

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void completingEveryOnlineShoppingLessonGivesACertificateThatChecksOut() throws java.io.IOException {
        TopicProgress shopping = topic();
        assertThat(lessons.myCertificates()).noneMatch(c -> c.topic().code() == Topic.ONLINE_SHOPPING);
        for (int i = 0; i < shopping.lessons().size(); i++) {
            LessonToTake lesson = lessons.lesson(shopping.lessons().get(i).slug());
            List<Integer> right = lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList();
            lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(), right));
            boolean last = i == shopping.lessons().size() - 1;
            assertThat(lessons.myCertificates().stream().anyMatch(c -> c.topic().code() == Topic.ONLINE_SHOPPING))
                    .as("a certificate only once the whole topic is done").isEqualTo(last);
        }
        CertificateInfo certificate = lessons.myCertificates().stream()
                .filter(c -> c.topic().code() == Topic.ONLINE_SHOPPING).findFirst().orElseThrow();
        assertThat(certificate.learnerName()).isEqualTo("Lý Thị Mai");

        byte[] pdf = lessons.certificatePdf(certificate.code(), "https://langso.example/certificates/" + certificate.code(),
                Locale.of("vi"), key -> getTranslation(key));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("GIẤY CHỨNG NHẬN", "Lý Thị Mai", certificate.code());

        navigate(LessonsView.class);
        assertThat(find(Anchor.class).withClassName("lesson-card").all())
                .anyMatch(link -> link.getElement().getTextRecursively().startsWith("Tải chứng nhận (PDF)"));
        assertThat(lessons.verify(certificate.code())).contains(certificate);
    }

    @Test
    @WithAnonymousUser
    void anyoneCanCheckACodeAndAnUnknownCodeSaysSo() {
        navigate("certificates/ABCDEFGHJK", CertificateCheckView.class);
        assertThat(find(Paragraph.class).withClassName("lesson-not-yet").single().getText())
                .contains("Không có chứng nhận nào mang mã ABCDEFGHJK");
    }

    private TopicProgress topic() {
        return lessons.catalogue().stream().filter(t -> t.topic().code() == Topic.ONLINE_SHOPPING).findFirst()
                .orElseThrow();
    }

    private String getTranslation(String key) {
        return new vn.langso.ui.Translations().getTranslation(key, Locale.of("vi"));
    }
}
