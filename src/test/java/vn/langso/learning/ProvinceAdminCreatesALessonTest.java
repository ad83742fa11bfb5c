package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.ui.LessonEditorView;
import vn.langso.learning.ui.LessonsView;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * The province admin writes a new lesson from the lessons page: topic and title, then steps, questions and the pass
 * mark in the editor. Learners see nothing of it until it is published, then find it last in its topic.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProvinceAdminCreatesALessonTest extends SpringBrowserlessTest {

    private static final String TITLE = "Đặt lịch khám bệnh trực tuyến";
    private static final String SLUG = "dat-lich-kham-benh-truc-tuyen";
    private static final String RIGHT_ANSWER = "Vào ứng dụng của bệnh viện";

    @Autowired
    LessonService lessons;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theAdminWritesALessonPublishesItOnceAndALearnerTakesAndPassesIt() {
        int lastBefore = publicServices().lessons().getLast().position();
        navigate(LessonsView.class);
        test(find(Button.class).withText("Bài học mới").single()).click();
        @SuppressWarnings("unchecked")
        Select<TopicInfo> topic = find(Select.class).withLabel("Chủ đề").single();
        topic.setValue(topic.getListDataView().getItems().filter(info -> info.code() == Topic.PUBLIC_SERVICES)
                .findFirst().orElseThrow());
        test(find(Button.class).withText("Bắt đầu soạn").single()).click();
        TextField title = find(TextField.class).withLabel("Tên bài (tiếng Việt)").single();
        assertThat(title.isInvalid()).as("the title is required, said at the field").isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Hãy nhập tên bài bằng tiếng Việt.");

        test(title).setValue(TITLE);
        test(find(TextField.class).withLabel("Tên bài (tiếng Anh)").single()).setValue("Book a doctor online");
        test(find(Button.class).withText("Bắt đầu soạn").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LessonEditorView.class);
        assertThat(find(Span.class).withText("Bài mới, chưa xuất bản: người học chưa thấy bài này.").exists()).isTrue();
        assertThat(lessonsWithSlug()).as("nothing is stored before the first publish").isZero();

        writeTheLesson();
        test(find(Button.class).withText("Xuất bản bài học").single()).click();
        TextArea summaryEnglish = find(TextArea.class).withLabel("Tóm tắt (tiếng Anh)").single();
        assertThat(summaryEnglish.isInvalid()).as("the empty box is marked").isTrue();
        assertThat(summaryEnglish.getErrorMessage()).isEqualTo("Hãy viết đủ cả tiếng Việt và tiếng Anh cho mọi ô.");
        assertThat(lessonsWithSlug()).as("a refused lesson stores nothing").isZero();
        assertThat(AsUser.as(DemoUsers.LEARNER, "LEARNER", this::publicServices).lessons())
                .noneMatch(lesson -> lesson.title().vi().equals(TITLE));

        test(summaryEnglish).setValue("Book a visit without queuing.");
        Button publish = find(Button.class).withText("Xuất bản bài học").single();
        test(publish).click();
        assertThat(find(Paragraph.class).withClassName("lesson-passed").single().getText()).startsWith("Đã xuất bản");
        assertThat(publish.isAttached()).as("a second tap on the same button goes nowhere").isFalse();
        assertThat(find(Button.class).withText("Xuất bản phiên bản mới").exists()).isTrue();
        assertThat(lessonsWithSlug()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from lesson_version v join lesson l on l.id = v.lesson_id where l.slug = ?")
                .param(SLUG).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LESSON_CREATED' and detail like ?")
                .param(SLUG + " %").query(Long.class).single()).isEqualTo(1);

        LessonToTake published = lessons.lesson(SLUG);
        assertThat(lessons.publishFirst(published.masteryPercent(), published.content()))
                .as("the same lesson sent again (a double tap) is the same lesson").isEqualTo(SLUG);
        assertThat(lessonsWithSlug()).isEqualTo(1);
        assertThat(lessons.newDraft(Topic.PUBLIC_SERVICES, new LocalizedText(TITLE, "")).slug())
                .as("another lesson with the same title gets the next free address").isEqualTo(SLUG + "-2");

        AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> {
            LessonSummary last = publicServices().lessons().getLast();
            assertThat(last.slug()).isEqualTo(SLUG);
            assertThat(last.position()).isEqualTo(lastBefore + 1);
            LessonToTake lesson = lessons.lesson(SLUG);
            assertThat(lesson.versionNumber()).isEqualTo(1);
            assertThat(lesson.content().questions()).hasSize(3);
            List<Integer> right = lesson.content().questions().stream().map(LessonContent.Question::correctChoice)
                    .toList();
            AttemptResult result = lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(),
                    lesson.versionId(), right));
            assertThat(result.passed()).isTrue();
            assertThat(result.completed()).isTrue();
            return null;
        });
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void onlyAProvinceAdminMayCreateALesson() {
        LocalizedText title = new LocalizedText("Bài của tổ viên", "A member's lesson");
        assertThatThrownBy(() -> lessons.newDraft(Topic.SAFE_INTERNET, title))
                .isInstanceOf(AccessDeniedException.class);
        LessonContent content = AsUser.provinceAdmin(() -> lessons.newDraft(Topic.SAFE_INTERNET, title)).content();
        assertThatThrownBy(() -> lessons.publishFirst(80, content)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from lesson where slug = ?").param(content.slug()).query(Long.class)
                .single()).isZero();
    }

    /** Everything but the summary in English: a step, the draft's question and two more, one right answer each. */
    private void writeTheLesson() {
        test(find(TextArea.class).withLabel("Tóm tắt (tiếng Việt)").single()).setValue("Đặt giờ khám, khỏi xếp hàng.");
        @SuppressWarnings("unchecked")
        Select<String> picture = find(Select.class).withLabel("Hình").single();
        picture.setValue("register-birth-online-1.svg");
        fill("Nội dung bước", 0, "Mở ứng dụng của bệnh viện và chọn Đặt lịch khám.",
                "Open the hospital's app and choose Book a visit.");
        test(find(Button.class).withText("Thêm câu hỏi").single()).click();
        test(find(Button.class).withText("Thêm câu hỏi").single()).click();
        List<Button> addChoice = find(Button.class).withText("Thêm lựa chọn").all();
        for (Button button : addChoice.subList(1, 3)) {
            test(button).click();
            test(button).click();
        }
        List<Checkbox> right = find(Checkbox.class).withLabel("Đây là câu đúng").all();
        assertThat(right).hasSize(7);
        for (int question = 0; question < 3; question++) {
            fill("Câu hỏi", question, "Bạn muốn khám bệnh, bạn làm gì? (" + question + ")",
                    "You need a doctor: what do you do? (" + question + ")");
        }
        for (int choice = 0; choice < 7; choice++) {
            boolean first = choice == 0 || choice == 3 || choice == 5;
            fill("Lựa chọn", choice, first ? RIGHT_ANSWER + " " + choice : "Gọi số lạ trên mạng " + choice,
                    first ? "Use the hospital's app " + choice : "Call a number found online " + choice);
            fill("Giải thích", choice, first ? "Ứng dụng chính thức là an toàn." : "Số lạ có thể là lừa đảo.",
                    first ? "The official app is safe." : "An unknown number may be a scam.");
            if (first) {
                test(right.get(choice)).click();
            }
        }
    }

    private void fill(String label, int index, String vietnamese, String english) {
        test(find(TextArea.class).withLabel(label + " (tiếng Việt)").all().get(index)).setValue(vietnamese);
        test(find(TextArea.class).withLabel(label + " (tiếng Anh)").all().get(index)).setValue(english);
    }

    private TopicProgress publicServices() {
        return lessons.catalogue().stream().filter(topic -> topic.topic().code() == Topic.PUBLIC_SERVICES)
                .findFirst().orElseThrow();
    }

    private long lessonsWithSlug() {
        return jdbc.sql("select count(*) from lesson where slug = ?").param(SLUG).query(Long.class).single();
    }
}
