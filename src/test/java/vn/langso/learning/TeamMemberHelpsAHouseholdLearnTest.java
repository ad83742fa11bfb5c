package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.HouseholdRuleException;
import vn.langso.learning.ui.AssistedLessonsView;
import vn.langso.learning.ui.LessonView;
import vn.langso.support.DemoUsers;

/** During a visit a team member hands their phone to someone in the household; the completion is assisted. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.TEAM_MEMBER)
class TeamMemberHelpsAHouseholdLearnTest extends SpringBrowserlessTest {

    private static final String LESSON = "never-share-otp";

    @Autowired
    LessonService lessons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGrandmotherWithoutAnAccountCompletesALessonOnTheMembersPhone() {
        long household = jdbc.sql("""
                select min(h.id) from household h join user_account u on u.place_id = h.village_id
                where u.username = ? and h.removed_at is null""").param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        navigate("households/" + household + "/lessons", AssistedLessonsView.class);
        LessonToTake lesson = lessons.lesson(LESSON);
        navigate("lessons/" + LESSON + "/" + household, LessonView.class);
        TextField who = find(TextField.class).withLabel("Ai đang học?").single();
        assertThat(who.getValue()).as("starts from the head of household").isNotBlank();
        test(who).setValue("Bà Nông Thị Lả");
        for (int i = 0; i < lesson.content().steps().size() - 1; i++) {
            test(find(Button.class).withText("Tiếp").single()).click();
        }
        test(find(Button.class).withText("Làm bài tập").single()).click();
        List<LessonContent.Question> questions = lesson.content().questions();
        for (int i = 0; i < questions.size(); i++) {
            test(find(Button.class).withText(questions.get(i).choices().get(questions.get(i).correctChoice()).text().vi())
                    .single()).click();
            test(find(Button.class).withText(i == questions.size() - 1 ? "Nộp bài" : "Tiếp").single()).click();
        }
        assertThat(find(Paragraph.class).withClassName("lesson-passed").exists()).isTrue();

        var completion = jdbc.sql("""
                select c.mode, c.person_name, c.learner_id, a.username as helper from lesson_completion c
                join user_account a on a.id = c.assisted_by where c.household_id = ?""")
                .param(household).query().singleRow();
        assertThat(completion.get("mode")).isEqualTo("ASSISTED");
        assertThat(completion.get("person_name")).isEqualTo("Bà Nông Thị Lả");
        assertThat(completion.get("learner_id")).isNull();
        assertThat(completion.get("helper")).isEqualTo(DemoUsers.TEAM_MEMBER);
    }

    @Test
    void aHouseholdOfAnotherVillageCannotBeHelpedAndANameIsNeeded() {
        long elsewhere = jdbc.sql("""
                select min(h.id) from household h join user_account u on u.username = ?
                where h.village_id <> u.place_id""").param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        long own = jdbc.sql("""
                select min(h.id) from household h join user_account u on u.place_id = h.village_id
                where u.username = ?""").param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        long attemptsElsewhere = attemptsIn(elsewhere);
        LessonToTake lesson = lessons.lesson(LESSON);
        List<Integer> right = lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList();
        assertThatThrownBy(() -> lessons.submitAssisted(new AttemptSubmission(UUID.randomUUID().toString(),
                lesson.versionId(), right), elsewhere, "Người Lạ")).isInstanceOf(HouseholdRuleException.class);
        assertThatThrownBy(() -> lessons.submitAssisted(new AttemptSubmission(UUID.randomUUID().toString(),
                lesson.versionId(), right), own, "  ")).isInstanceOf(LessonRuleException.class);
        assertThat(attemptsIn(elsewhere)).as("nothing stored for the other village's household")
                .isEqualTo(attemptsElsewhere);
    }

    private long attemptsIn(long household) {
        return jdbc.sql("select count(*) from lesson_attempt where household_id = ?").param(household)
                .query(Long.class).single();
    }
}
