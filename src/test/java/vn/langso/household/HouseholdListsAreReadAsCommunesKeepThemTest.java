package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Household lists as communes really keep them: headers without accents, numbered columns, odd cells. */
class HouseholdListsAreReadAsCommunesKeepThemTest {

    @Test
    void headersAreFoundWithOrWithoutAccentsAndEveryProblemOfARowIsNamed() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "TT", "HO VA TEN CHU HO", "Thon/Xom", "SDT", "So nhan khau");
            row(sheet, 1, "(1)", "(2)", "(3)", "(4)", "(5)");
            row(sheet, 2, "1", "Hà Thị Duyên", "Xóm Mới", "84 912 345 678", "4");
            row(sheet, 3, "2", "", "Xóm Mới", "0912", "bốn");
            row(sheet, 5, "3", "Lò Văn Páo", "", "", "");
        });

        List<HouseholdImportRows.Checked> rows = HouseholdImportRows.check(file);

        assertThat(rows).extracting(row -> row.line().sourceRow()).containsExactly(3, 4, 6);
        assertThat(rows.get(0).details()).isEqualTo(new HouseholdDetails("Hà Thị Duyên", "Xóm Mới", "+84912345678", 4));
        assertThat(rows.get(1).problemKeys()).containsExactly("household.headName.required",
                "householdRegister.import.adultsNotNumber", "household.phone.invalid");
        assertThat(rows.get(2).details()).isEqualTo(new HouseholdDetails("Lò Văn Páo", null, null, null));
    }

    @Test
    void theHeaderMayCarryOtherWordsAndTheImportTemplateReadsBackEmpty() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "UBND XÃ TÂN LẬP");
            row(sheet, 1, "Số điện thoại chủ hộ", "Họ và tên chủ hộ", "Địa chỉ chủ hộ", "Số người lớn (từ 18 tuổi)");
            row(sheet, 2, "0987654321", "Đinh Văn Nam", "Khu Đồi", "60");
        });
        HouseholdImportRows.Checked only = HouseholdImportRows.check(file).getFirst();
        assertThat(only.line().headName()).isEqualTo("Đinh Văn Nam");
        assertThat(only.line().phone()).isEqualTo("0987654321");
        assertThat(only.problemKeys()).containsExactly("household.adults.invalid");

        assertThat(HouseholdFile.read(HouseholdFile.template())).isEmpty();
    }

    @Test
    void aFileThatCannotBeAListIsRefusedWithItsReason() throws IOException {
        assertThatThrownBy(() -> HouseholdFile.read(new byte[0])).hasMessage("householdRegister.import.empty");
        assertThatThrownBy(() -> HouseholdFile.read("Họ tên chủ hộ;Địa chỉ".getBytes()))
                .hasMessage("householdRegister.import.unreadable");
        assertThatThrownBy(() -> HouseholdFile.read(new byte[HouseholdImportPreview.MAX_FILE_BYTES + 1]))
                .hasMessage("householdRegister.import.tooLarge");
        assertThatThrownBy(() -> HouseholdFile.read(workbook(sheet -> row(sheet, 0, "Tên", "Tuổi"))))
                .hasMessage("householdRegister.import.noHeader");
        byte[] tooLong = workbook(sheet -> {
            row(sheet, 0, "Chủ hộ", "Xóm");
            for (int i = 1; i <= HouseholdImportPreview.MAX_ROWS + 1; i++) {
                row(sheet, i, "Hộ " + i, "Xóm Trên");
            }
        });
        assertThatThrownBy(() -> HouseholdFile.read(tooLong)).hasMessage("householdRegister.import.tooManyRows");
    }

    private interface SheetWriter {
        void write(Sheet sheet);
    }

    private static byte[] workbook(SheetWriter writer) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(workbook.createSheet("Hộ"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            row.createCell(column).setCellValue(values[column]);
        }
    }
}
