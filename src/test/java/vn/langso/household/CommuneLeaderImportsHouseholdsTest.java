package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.ui.HouseholdRegisterView;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.support.DemoUsers;

/** A commune leader imports a village's household list from Excel: problems per row, good rows added, once. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class CommuneLeaderImportsHouseholdsTest extends SpringBrowserlessTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    HouseholdService households;

    @Autowired
    PlaceService places;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theGoodRowsAreAddedTheBadPhoneIsReportedByRowAndASecondImportAddsNothing() throws IOException {
        PlaceRef village = places.villagesOf(places.communesInMyScope().getFirst().id()).getLast();
        byte[] list = householdList();
        long before = householdsIn(village);

        navigate(HouseholdRegisterView.class);
        pick(village);
        test(find(Button.class).withText("Nhập từ Excel").single()).click();
        upload(list);

        String preview = previewText();
        assertThat(preview).contains("Sẽ thêm 3 · Đã có trong sổ 0 · Có lỗi 1", "Dòng 6 · Nông Văn Bảy",
                "Số điện thoại chưa đúng, ví dụ 0912 345 678.");
        assertThat(householdsIn(village)).isEqualTo(before);
        test(find(Button.class).withText("Nhập 3 hộ").single()).click();

        assertThat(find(Paragraph.class).withClassName("success-text").single().getText())
                .isEqualTo("Đã thêm 3 hộ vào sổ.");
        assertThat(householdsIn(village)).isEqualTo(before + 3);
        assertThat(jdbc.sql("select phone from household where village_id = ? and head_name = 'Lương Thị Mai'")
                .param(village.id()).query(String.class).single()).isEqualTo("+84912000222");
        assertThat(jdbc.sql("select address from household where village_id = ? and head_name = 'Ma Thị Hoa'")
                .param(village.id()).query(String.class).single()).isEqualTo("Xóm Dưới");

        test(find(Button.class).withText("Đóng").single()).click();
        test(find(Button.class).withText("Nhập từ Excel").single()).click();
        upload(list);
        assertThat(previewText()).contains("Sẽ thêm 0 · Đã có trong sổ 3 · Có lỗi 1");
        assertThat(find(Button.class).withTextContaining("Nhập 0").exists()).isFalse();
        assertThat(households.importHouseholds(village.id(), list)).isZero();
        assertThat(householdsIn(village)).isEqualTo(before + 3);
    }

    @Test
    void aFileThatIsNotAHouseholdListIsRefusedWithAReason() {
        navigate(HouseholdRegisterView.class);
        test(find(Button.class).withText("Nhập từ Excel").single()).click();
        upload("Họ tên,Số điện thoại\nA,0912345678".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(find(Paragraph.class).withClassName("error-text").single().getText())
                .startsWith("Không đọc được tệp.");
    }

    /** A title, a blank line, the header on row 3, an address merged over two rows, a phone typed as a number. */
    private static byte[] householdList() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HỘ GIA ĐÌNH");
            row(sheet, 2, "STT", "Họ tên chủ hộ", "Địa chỉ", "Số điện thoại", "Số người lớn");
            row(sheet, 3, 1, "Hứa Văn Thịnh", "Xóm Trên", "0912 000 111", 3);
            row(sheet, 4, 2, "Lương Thị Mai", "Xóm Trên", 912000222, 2);
            row(sheet, 5, 3, "Nông Văn Bảy", "Xóm Dưới", "12345", 4);
            row(sheet, 6, 4, "Ma Thị Hoa", "", "", 1);
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 2, 2));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            if (values[column] instanceof Number number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else {
                row.createCell(column).setCellValue((String) values[column]);
            }
        }
    }

    private void pick(PlaceRef village) {
        @SuppressWarnings("unchecked")
        ComboBox<PlaceRef> picker = find(ComboBox.class).withLabel("Thôn, bản, tổ dân phố").single();
        picker.setValue(picker.getListDataView().getItems().filter(v -> v.id() == village.id()).findFirst()
                .orElseThrow());
    }

    private void upload(byte[] content) {
        test(find(Upload.class).single()).upload("danh-sach-ho.xlsx", XLSX, content);
        roundTrip();
    }

    private String previewText() {
        return find(Div.class).withClassName("household-import-preview").single().getElement().getTextRecursively();
    }

    private long householdsIn(PlaceRef village) {
        return jdbc.sql("select count(*) from household where village_id = ? and removed_at is null")
                .param(village.id()).query(Long.class).single();
    }
}
