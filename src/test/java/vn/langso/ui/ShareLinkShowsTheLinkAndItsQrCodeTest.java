package vn.langso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.common.QrCodes;
import vn.langso.support.DemoUsers;
import vn.langso.support.LessonWidgetsPage;

/** A screen that shares a link shows the link to copy and its QR code to scan, in the user's language. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.LEARNER)
class ShareLinkShowsTheLinkAndItsQrCodeTest extends SpringBrowserlessTest {

    @Test
    void theLinkIsShownReadOnlyWithItsQrCodeAndACopyButton() {
        navigate(LessonWidgetsPage.class);

        TextField link = find(TextField.class).withLabel("Liên kết").single();
        assertThat(link.getValue()).isEqualTo(LessonWidgetsPage.LINK);
        assertThat(link.isReadOnly()).isTrue();

        Svg qr = find(Svg.class).withClassName("share-qr").single();
        assertThat(qr.getElement().getProperty("innerHTML")).isEqualTo(QrCodes.svg(LessonWidgetsPage.LINK));
        assertThat(qr.getElement().getAttribute("aria-label")).isEqualTo("Mã QR của liên kết");
        assertThat(find(ShareLink.class).single().getElement().getTextRecursively())
                .contains("Quét mã bằng máy ảnh hoặc Zalo để mở");

        assertThat(find(Button.class).withText("Sao chép liên kết").single().isVisible()).isTrue();
    }

    @Test
    void theShareButtonWaitsUntilThePhoneSaysItCanShare() {
        navigate(LessonWidgetsPage.class);
        // Without a browser nobody has said the phone can share, so the button is there but hidden.
        assertThat(find(ShareLink.class).single().getElement().getTextRecursively()).contains("Chia sẻ");
        assertThat(find(Button.class).withText("Chia sẻ").exists()).isFalse();
    }

    @Test
    void onlyAFullLinkCanBeShared() {
        navigate(LessonWidgetsPage.class);
        assertThatThrownBy(() -> new ShareLink("/lessons/ma-otp")).isInstanceOf(IllegalArgumentException.class);
    }
}
