package vn.langso.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;
import vn.langso.support.LessonWidgetsPage;

/**
 * The button's label is in the user's language, the voice in the text's; what happens in the phone is
 * {@code ListenButtonIT}'s to check.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.LEARNER)
class ListenButtonSpeaksTheTextsLanguageTest extends SpringBrowserlessTest {

    @Test
    void aVietnameseTextIsReadInVietnameseByDefault() {
        navigate(LessonWidgetsPage.class);
        Element button = find(ListenButton.class).first().getElement();
        assertThat(button.getProperty("text")).isEqualTo(LessonWidgetsPage.VIETNAMESE_TEXT);
        assertThat(button.getProperty("lang")).isEqualTo("vi");
        assertThat(button.getAttribute("listen-label")).isEqualTo("Nghe");
        assertThat(button.getAttribute("stop-label")).isEqualTo("Dừng");
        assertThat(button.getAttribute("no-voice-text")).isEqualTo("Điện thoại này chưa có giọng đọc tiếng Việt");
    }

    @Test
    void anEnglishTextOnAVietnamesePageIsReadInEnglish() {
        navigate(LessonWidgetsPage.class);
        Element button = find(ListenButton.class).last().getElement();
        assertThat(button.getProperty("lang")).isEqualTo("en");
        assertThat(button.getAttribute("listen-label")).isEqualTo("Nghe");
        assertThat(button.getAttribute("no-voice-text")).isEqualTo("Điện thoại này chưa có giọng đọc tiếng Anh");
    }

    @Test
    void onAnEnglishPageTheButtonSaysListen() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ListenButton button = new ListenButton("Never read your OTP code to anyone.");
        assertThat(button.getElement().getProperty("lang")).isEqualTo("en");
        assertThat(button.getElement().getAttribute("listen-label")).isEqualTo("Listen");
        assertThat(button.getElement().getAttribute("stop-label")).isEqualTo("Stop");
        assertThat(button.getElement().getAttribute("no-voice-text")).isEqualTo("This phone has no English voice yet");
    }

    @Test
    void withNothingToReadTheButtonIsNotShown() {
        ListenButton button = new ListenButton("  ");
        assertThat(button.isVisible()).isFalse();
        button.setText("Mở ứng dụng VNeID.");
        assertThat(button.isVisible()).isTrue();
        assertThat(button.getText()).isEqualTo("Mở ứng dụng VNeID.");
    }
}
