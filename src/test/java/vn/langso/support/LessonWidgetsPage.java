package vn.langso.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.langso.learning.ui.ListenButton;
import vn.langso.ui.ShareLink;

/**
 * A screen only the tests have (it lives in src/test): a lesson-like page with the pieces lesson screens use, so
 * the browserless and browser tests can try them before the lesson screens exist.
 */
@Route("test/lesson-widgets")
@PermitAll
public class LessonWidgetsPage extends Div {

    public static final String VIETNAMESE_TEXT = "Không đọc mã OTP cho ai qua điện thoại. "
            + "Ngân hàng và công an không bao giờ hỏi mã này.";
    public static final String ENGLISH_TEXT = "Never read your OTP code to anyone on the phone.";
    public static final String LINK = "https://langso.example.vn/lessons/ma-otp-la-cua-rieng-ban";
    public static final String TITLE = "Bài học: Mã OTP là của riêng bạn";

    LessonWidgetsPage() {
        addClassName("page");
        add(new H2("Mã OTP là của riêng bạn"), new Paragraph(VIETNAMESE_TEXT), new ListenButton(VIETNAMESE_TEXT),
                new Paragraph(ENGLISH_TEXT), new ListenButton(ENGLISH_TEXT, Locale.ENGLISH),
                new ShareLink(LINK, TITLE));
    }
}
