package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.ui.LessonEditorView;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/** The province admin edits a lesson and publishes it; completions keep the version they were earned on. */
@SpringBootTest
@ActiveProfiles("test")
class ProvinceAdminPublishesANewVersionTest extends SpringBrowserlessTest {

    private static final String LESSON = "make-text-larger";

    @Autowired
    LessonService lessons;

    @Autowired
    JdbcClient jdbc;

    @Test
    @org.springframework.security.test.context.support.WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void aNewVersionIsWhatLearnersGetNextWhileEarlierCompletionsKeepTheirs() {
        LessonToTake before = AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> lessons.lesson(LESSON));
        List<Integer> right = before.content().questions().stream().map(LessonContent.Question::correctChoice).toList();
        AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> lessons.submit(
                new AttemptSubmission(UUID.randomUUID().toString(), before.versionId(), right)));

        navigate("lesson-editor/" + LESSON, LessonEditorView.class);
        TextArea firstStep = find(TextArea.class).withLabel("Nội dung bước (tiếng Việt)").first();
        test(firstStep).setValue("Mở phần Cài đặt. Biểu tượng là hình bánh răng.");
        TextArea firstStepEnglish = find(TextArea.class).withLabel("Nội dung bước (tiếng Anh)").first();
        test(firstStepEnglish).setValue("");
        test(find(Button.class).withText("Xuất bản phiên bản mới").single()).click();
        assertThat(find(Paragraph.class).withText("Hãy viết đủ cả tiếng Việt và tiếng Anh cho mọi ô.").exists()).isTrue();
        assertThat(versions()).isEqualTo(1);

        test(find(TextArea.class).withLabel("Nội dung bước (tiếng Anh)").first()).setValue("Open Settings: the gear icon.");
        test(find(Button.class).withText("Xuất bản phiên bản mới").single()).click();
        assertThat(find(Paragraph.class).withClassName("lesson-passed").single().getText()).startsWith("Đã xuất bản phiên bản 2");
        assertThat(versions()).isEqualTo(2);

        LessonToTake after = AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> lessons.lesson(LESSON));
        assertThat(after.versionNumber()).isEqualTo(2);
        assertThat(after.content().steps().getFirst().text().vi()).isEqualTo("Mở phần Cài đặt. Biểu tượng là hình bánh răng.");
        assertThat(jdbc.sql("""
                select v.number from lesson_completion c join lesson_version v on v.id = c.lesson_version_id
                join lesson l on l.id = c.lesson_id join user_account u on u.id = c.learner_id
                where l.slug = ? and u.username = ?""").params(LESSON, DemoUsers.LEARNER).query(Integer.class).single())
                .as("the completion keeps the version it was earned on").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LESSON_PUBLISHED' and detail = ?")
                .param(LESSON + " v2").query(Long.class).single()).isEqualTo(1);
    }

    private long versions() {
        return jdbc.sql("select count(*) from lesson_version v join lesson l on l.id = v.lesson_id where l.slug = ?")
                .param(LESSON).query(Long.class).single();
    }
}
