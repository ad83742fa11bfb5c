package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.CommuneRosterFile;
import vn.langso.support.DemoUsers;

/** The import use case on the screens: problems per row, nothing saved; the fixed file saves; again changes nothing. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class CommuneLeaderImportsARosterTest extends SpringBrowserlessTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyProblemIsShownPerRowAndOnlyAClearFileIsSaved() {
        long commune = jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.COMMUNE_LEADER)
                .query(Long.class).single();
        String communeName = jdbc.sql("select name from place where id = ?").param(commune).query(String.class).single();
        String village = jdbc.sql("select name from place where parent_id = ? order by id desc limit 1").param(commune)
                .query(String.class).single();
        byte[] withProblems = new CommuneRosterFile(communeName)
                .add(village, "Sầm Thị Lệ", "0868 123 401", "Thành viên", "Hội Phụ nữ")
                .add(village, "", "0868 123 402", "Thành viên", "Công an")
                .add("Thôn Không Có", "Mông Văn Chí", "0868 123 403", "Thành viên", "Y tế")
                .add(village, "Sầm Văn Lực", "0868 123 401", "Thành viên", "Giáo viên").xlsx();
        long peopleBefore = countPeople();

        navigate("teams/import/" + commune, vn.langso.team.ui.RosterImportView.class);
        upload("co-loi.xlsx", withProblems);
        test(find(Button.class).withText("Kiểm tra danh sách").single()).click();

        String preview = find(Div.class).withClassName("roster-preview").single().getElement().getTextRecursively();
        assertThat(preview).contains("Sẽ thêm 1 · Đã có trong tổ 0 · Có lỗi 3", "Thiếu họ và tên.",
                "Không có \"Thôn Không Có\"", "Trùng số điện thoại với dòng 8.",
                "Chưa lưu gì: hãy sửa các dòng có lỗi trong tệp rồi tải lên lại.");
        assertThat(find(Button.class).withTextContaining("Lưu").exists()).isFalse();
        assertThat(countPeople()).isEqualTo(peopleBefore);

        byte[] fixed = new CommuneRosterFile(communeName)
                .add(village, "Sầm Thị Lệ", "0868 123 401", "Thành viên", "Hội Phụ nữ")
                .add(village, "Đèo Văn Tính", "0868 123 402", "Thành viên", "Công an").xlsx();
        test(find(Button.class).withText("Chọn tệp khác").single()).click();
        upload("da-sua.xlsx", fixed);
        test(find(Button.class).withText("Kiểm tra danh sách").single()).click();
        test(find(Button.class).withText("Lưu 2 thành viên").single()).click();
        assertThat(find(Paragraph.class).withClassName("success-text").single().getText())
                .startsWith("Đã thêm 2 thành viên.");
        assertThat(countPeople()).isEqualTo(peopleBefore + 2);

        navigate("teams/import/" + commune, vn.langso.team.ui.RosterImportView.class);
        upload("da-sua.xlsx", fixed);
        test(find(Button.class).withText("Kiểm tra danh sách").single()).click();
        assertThat(find(Div.class).withClassName("roster-preview").single().getElement().getTextRecursively())
                .contains("Sẽ thêm 0 · Đã có trong tổ 2 · Có lỗi 0");
        assertThat(countPeople()).isEqualTo(peopleBefore + 2);
    }

    private void upload(String name, byte[] content) {
        test(find(Upload.class).single()).upload(name, XLSX, content);
        roundTrip();
    }

    private long countPeople() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }
}
