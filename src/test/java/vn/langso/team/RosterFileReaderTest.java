package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.langso.team.RosterField.AFFILIATION;
import static vn.langso.team.RosterField.BIRTH_YEAR;
import static vn.langso.team.RosterField.FULL_NAME;
import static vn.langso.team.RosterField.GENDER;
import static vn.langso.team.RosterField.NOTE;
import static vn.langso.team.RosterField.PHONE;
import static vn.langso.team.RosterField.ROW_NUMBER;
import static vn.langso.team.RosterField.TEAM_ROLE;
import static vn.langso.team.RosterField.VILLAGE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterFileReaderTest {

    @Test
    void aCommuneDecisionListGivesOnlyItsMembers() {
        RosterSheet sheet = read(communeList(new XSSFWorkbook()), "Danh sach to CNSCD.xlsx");

        assertThat(sheet.sheetName()).isEqualTo("Quyết định 123");
        assertThat(sheet.headerRow()).isEqualTo(5);
        assertThat(sheet.columns()).extracting(RosterColumn::header).containsExactly(
                "TT", "HỌ VÀ TÊN", "Giới tính", "Số điện thoại", "Thôn/Tổ", "Chức vụ trong tổ", "Thành phần",
                "Năm sinh", "Ghi chú");
        assertThat(sheet.columns()).extracting(RosterColumn::field).containsExactly(
                ROW_NUMBER, FULL_NAME, GENDER, PHONE, VILLAGE, TEAM_ROLE, AFFILIATION, BIRTH_YEAR, NOTE);
        assertThat(sheet.rows()).extracting(RosterRow::sourceRow).containsExactly(8, 9, 12, 13, 14, 15);
        assertThat(sheet.rows()).extracting(RosterRow::values).containsExactly(
                Map.of(ROW_NUMBER, "1", FULL_NAME, "Nguyễn Văn Hùng", GENDER, "Nam", PHONE, "912345678",
                        TEAM_ROLE, "Tổ trưởng", AFFILIATION, "Chủ tịch UBND xã", BIRTH_YEAR, "1975"),
                Map.of(ROW_NUMBER, "2", FULL_NAME, "Hoàng Thị Lan", GENDER, "Nữ", PHONE, "0987 654 321",
                        TEAM_ROLE, "Tổ phó", AFFILIATION, "Hội LHPN xã", BIRTH_YEAR, "15/03/1985"),
                Map.of(ROW_NUMBER, "1", FULL_NAME, "Ma Văn Tùng", GENDER, "Nam", PHONE, "1683456789",
                        VILLAGE, "Thôn Nà Héc", TEAM_ROLE, "Tổ trưởng", AFFILIATION, "Trưởng thôn",
                        BIRTH_YEAR, "20/05/1990"),
                Map.of(ROW_NUMBER, "2", FULL_NAME, "Triệu Thị Mai", GENDER, "Nữ", PHONE, "0912.345.679",
                        VILLAGE, "Thôn Nà Héc", TEAM_ROLE, "Thành viên", AFFILIATION, "Đoàn Thanh niên",
                        BIRTH_YEAR, "1998"),
                Map.of(ROW_NUMBER, "3", FULL_NAME, "Lý Văn Sáng", GENDER, "Nam", PHONE, "388123456",
                        VILLAGE, "Thôn Nà Héc", TEAM_ROLE, "Thành viên", AFFILIATION, "Viettel",
                        BIRTH_YEAR, "1992", NOTE, "Mới bổ sung"),
                Map.of(ROW_NUMBER, "1", FULL_NAME, "Bàn Thị Hoa", GENDER, "Nữ", PHONE, "84868123456",
                        VILLAGE, "Thôn Khuổi Phầy", TEAM_ROLE, "Tổ trưởng", AFFILIATION, "Trưởng thôn",
                        BIRTH_YEAR, "1980"));
        assertThat(sheet.rows().get(2).birthYear()).isEqualTo(1990);
    }

    @Test
    void oldExcelFilesReadTheSameWay() {
        RosterSheet sheet = read(communeList(new HSSFWorkbook()), "danh-sach.xls");

        assertThat(sheet.rows()).extracting(row -> row.value(FULL_NAME)).containsExactly(
                "Nguyễn Văn Hùng", "Hoàng Thị Lan", "Ma Văn Tùng", "Triệu Thị Mai", "Lý Văn Sáng", "Bàn Thị Hoa");
        assertThat(sheet.rows()).extracting(row -> row.value(VILLAGE)).containsExactly(
                "", "", "Thôn Nà Héc", "Thôn Nà Héc", "Thôn Nà Héc", "Thôn Khuổi Phầy");
    }

    @Test
    void sectionRowsSetTheVillageWhenThereIsNoVillageColumn() {
        byte[] file = new SheetWriter(new XSSFWorkbook(), "Sheet1")
                .row(1, "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ YÊN HOA").merge("A1:D1")
                .row(3, "STT", "Họ tên", "SĐT", "Vai trò")
                .row(4, "I. Tổ công nghệ số xã").merge("A4:D4")
                .row(5, 1, "Hà Văn Cường", "0388123456", "Tổ trưởng")
                .row(6, "Thôn Khuổi Phầy").merge("A6:D6")
                .row(7, 1, "Nông Thị Dung", "0912345678", "Tổ trưởng")
                .row(8, 2, "Đặng Văn Em", "0987654321", "Tổ viên")
                .row(9, null, "Thôn Nà Héc")
                .row(10, 1, "Lục Văn Giang", "0868123456", "Tổ trưởng")
                .row(11, "III - Tổ CNSCĐ bản Phiêng Luông:").merge("A11:D11")
                .row(12, 1, "Lò Thị Hạnh", "0388123457", "Tổ trưởng")
                .bytes();

        RosterSheet sheet = read(file, "yen-hoa.xlsx");

        assertThat(sheet.headerRow()).isEqualTo(3);
        assertThat(sheet.rows()).extracting(RosterRow::sourceRow).containsExactly(5, 7, 8, 10, 12);
        assertThat(sheet.rows()).extracting(row -> row.value(VILLAGE)).containsExactly(
                "", "Thôn Khuổi Phầy", "Thôn Khuổi Phầy", "Thôn Nà Héc", "bản Phiêng Luông");
        assertThat(sheet.rows()).extracting(row -> row.value(TEAM_ROLE)).containsExactly(
                "Tổ trưởng", "Tổ trưởng", "Tổ viên", "Tổ trưởng", "Tổ trưởng");
    }

    @Test
    void aCommaSeparatedFileWithBomAndTitleRowReads() {
        String csv = "\uFEFFDANH SÁCH THÀNH VIÊN TỔ CNSCĐ,,,\n"
                + "STT,Họ và tên,Điện thoại,\"Thôn, bản\"\n"
                + "1,Nguyễn Văn An,0912 345 678,Nà Héc\n"
                + ",,,\n"
                + "\n"
                + "2,\"Lò Thị Bình\",+84 987 654 321,\"Khuổi Phầy\"\n";

        RosterSheet sheet = read(csv.getBytes(StandardCharsets.UTF_8), "to-cnscd.csv");

        assertThat(sheet.headerRow()).isEqualTo(2);
        assertThat(sheet.columns()).extracting(RosterColumn::field)
                .containsExactly(ROW_NUMBER, FULL_NAME, PHONE, VILLAGE);
        assertThat(sheet.rows()).extracting(RosterRow::sourceRow).containsExactly(3, 6);
        assertThat(sheet.rows()).extracting(RosterRow::values).containsExactly(
                Map.of(ROW_NUMBER, "1", FULL_NAME, "Nguyễn Văn An", PHONE, "0912 345 678", VILLAGE, "Nà Héc"),
                Map.of(ROW_NUMBER, "2", FULL_NAME, "Lò Thị Bình", PHONE, "+84 987 654 321", VILLAGE, "Khuổi Phầy"));
    }

    @Test
    void aSemicolonSeparatedFileKeepsCommasInsideCells() {
        String csv = "STT;HỌ TÊN;SỐ ĐIỆN THOẠI;Đơn vị công tác;Ghi chú\r\n"
                + "1;Hà Văn Cường;0388123456;Công an xã, Yên Hoa;\r\n"
                + "2;Ma Thị Dung;0912345678;Hội Phụ nữ;Nghỉ từ 1/2025\r\n";

        RosterSheet sheet = read(csv.getBytes(StandardCharsets.UTF_8), "danh sach.csv");

        assertThat(sheet.headerRow()).isEqualTo(1);
        assertThat(sheet.rows()).extracting(RosterRow::values).containsExactly(
                Map.of(ROW_NUMBER, "1", FULL_NAME, "Hà Văn Cường", PHONE, "0388123456",
                        AFFILIATION, "Công an xã, Yên Hoa"),
                Map.of(ROW_NUMBER, "2", FULL_NAME, "Ma Thị Dung", PHONE, "0912345678", AFFILIATION, "Hội Phụ nữ",
                        NOTE, "Nghỉ từ 1/2025"));
    }

    @Test
    void theTemplateReadsBackWithOurMappingAndNoRows() {
        RosterSheet sheet = read(RosterTemplate.xlsx(List.of()), "mau-danh-sach.xlsx");

        assertThat(sheet.sheetName()).isEqualTo(RosterTemplate.SHEET_NAME);
        assertThat(sheet.headerRow()).isEqualTo(1);
        assertThat(sheet.columns()).extracting(RosterColumn::header)
                .containsExactlyElementsOf(Arrays.stream(RosterField.values()).map(RosterField::header).toList());
        assertThat(sheet.columns()).extracting(RosterColumn::field).containsExactly(RosterField.values());
        assertThat(sheet.rows()).isEmpty();
    }

    @Test
    void anExportIsATemplateFilledInAndReadsBackAsItWasWritten() {
        Map<RosterField, String> leader = Map.of(ROW_NUMBER, "1", FULL_NAME, "Nguyễn Thị Thu", PHONE, "0912 345 678",
                GENDER, "Nữ", BIRTH_YEAR, "1990", TEAM_ROLE, "Tổ trưởng", AFFILIATION, "Trưởng thôn",
                VILLAGE, "Thôn Nà Héc");
        Map<RosterField, String> member = Map.of(ROW_NUMBER, "2", FULL_NAME, "Lò Văn Tính", PHONE, "0388 123 456",
                TEAM_ROLE, "Thành viên", NOTE, "Chưa có năm sinh");

        RosterSheet sheet = read(RosterTemplate.xlsx(List.of(leader, member)), "to-cnscd.xlsx");

        assertThat(sheet.headerRow()).isEqualTo(1);
        assertThat(sheet.rows()).extracting(RosterRow::sourceRow).containsExactly(2, 3);
        assertThat(sheet.rows()).extracting(RosterRow::values).containsExactly(leader, member);
    }

    @Test
    void theUserCorrectsTheSuggestedMapping() {
        String csv = "Họ và tên,Chức vụ,Đơn vị,Số điện thoại,Số điện thoại\n"
                + "Nguyễn Văn An,Trưởng thôn,Thôn Nà Héc,0912345678,0987654321\n";
        RosterSheet suggested = read(csv.getBytes(StandardCharsets.UTF_8), "ds.csv");
        assertThat(suggested.columns()).extracting(RosterColumn::field)
                .containsExactly(FULL_NAME, AFFILIATION, null, PHONE, null);

        Map<Integer, RosterField> corrected = new HashMap<>(suggested.mapping());
        corrected.put(2, AFFILIATION);
        corrected.remove(3);
        corrected.put(4, PHONE);
        RosterSheet confirmed = suggested.withMapping(corrected);

        assertThat(confirmed.columns()).extracting(RosterColumn::field)
                .containsExactly(FULL_NAME, AFFILIATION, AFFILIATION, null, PHONE);
        assertThat(confirmed.rows()).singleElement().extracting(RosterRow::values).isEqualTo(Map.of(
                FULL_NAME, "Nguyễn Văn An", AFFILIATION, "Trưởng thôn, Thôn Nà Héc", PHONE, "0987654321"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HỌ VÀ TÊN | FULL_NAME", "Họ tên | FULL_NAME", "Họ và tên (*) | FULL_NAME", "SĐT | PHONE",
            "SỐ ĐIỆN THOẠI (Zalo) | PHONE", "Điện thoại | PHONE", "Ngày sinh | BIRTH_YEAR",
            "Ngày, tháng, năm sinh | BIRTH_YEAR", "Chức vụ trong tổ | TEAM_ROLE",
            "Chức vụ trong Tổ CNSCĐ | TEAM_ROLE", "Nhiệm vụ | TEAM_ROLE", "Chức vụ | AFFILIATION",
            "Thành phần | AFFILIATION", "thôn, bản | VILLAGE", "Tổ dân phố | VILLAGE", "Tên thôn | VILLAGE",
            "Số TT | ROW_NUMBER", "TT | ROW_NUMBER", "GHI CHÚ | NOTE"})
    void headersAreRecognisedWhicheverWayTheyAreWritten(String header, RosterField field) {
        assertThat(RosterField.forHeader(header)).contains(field);
    }

    @Test
    void lineBreaksInsideAHeaderDoNotMatter() {
        assertThat(RosterField.forHeader("Số điện\nthoại\r\ndi động")).contains(PHONE);
        assertThat(RosterField.forHeader("Chức vụ\ntrong tổ")).contains(TEAM_ROLE);
    }

    @Test
    void unknownHeadersAreIgnored() {
        assertThat(RosterField.forHeader("Trình độ chuyên môn")).isEmpty();
        assertThat(RosterField.forHeader("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "1985, 1985", "1985.0, 1985", "15/03/1985, 1985", "1985-03-15, 1985", "31121, 1985",
            "'', null", "85, null", "không rõ, null", "1850, null"})
    void birthYearsComeFromYearsDatesAndExcelSerials(String raw, Integer year) {
        assertThat(RosterRow.birthYear(raw)).isEqualTo(year);
    }

    @Test
    void filesThatCannotBeReadSayWhy() {
        assertThatThrownBy(() -> read("PK\u0003\u0004not really a zip".getBytes(StandardCharsets.ISO_8859_1),
                "ds.xlsx")).isInstanceOf(RosterFileException.class).hasMessage("roster.file.unreadable");
        assertThatThrownBy(() -> read("just some text".getBytes(StandardCharsets.UTF_8), "ds.xlsx"))
                .isInstanceOf(RosterFileException.class).hasMessage("roster.file.unreadable");
        assertThatThrownBy(() -> read("Tên,Tuổi\nAn,30\n".getBytes(StandardCharsets.UTF_8), "ds.csv"))
                .isInstanceOf(RosterFileException.class).hasMessage("roster.file.noHeader");
        assertThatThrownBy(() -> read(new byte[0], "ds.csv"))
                .isInstanceOf(RosterFileException.class).hasMessage("roster.file.empty");
        assertThatThrownBy(() -> read(new byte[RosterFileReader.MAX_BYTES + 1], "ds.csv"))
                .isInstanceOf(RosterFileException.class).hasMessage("roster.file.tooLarge")
                .extracting(e -> ((RosterFileException) e).args()).isEqualTo(new Object[] {10});
    }

    @Test
    void aPasswordProtectedWorkbookIsToldApart() throws Exception {
        POIFSFileSystem encrypted = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("matkhau");
        try (OutputStream data = encryptor.getDataStream(encrypted)) {
            data.write(RosterTemplate.xlsx(List.of()));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        encrypted.writeFilesystem(file);

        assertThatThrownBy(() -> read(file.toByteArray(), "ds.xlsx"))
                .isInstanceOf(RosterFileException.class).hasMessage("roster.file.passwordProtected");
    }

    @Test
    void aFileWithMoreThanTwentyThousandRowsIsRefused() {
        String csv = "Họ và tên,Số điện thoại\n" + IntStream.rangeClosed(1, RosterFileReader.MAX_ROWS + 1)
                .mapToObj(i -> "Người " + i + ",0912345678\n").collect(Collectors.joining());

        assertThatThrownBy(() -> read(csv.getBytes(StandardCharsets.UTF_8), "ds.csv"))
                .isInstanceOf(RosterFileException.class).hasMessage("roster.file.tooManyRows");
    }

    private static RosterSheet read(byte[] file, String fileName) {
        return RosterFileReader.read(new ByteArrayInputStream(file), fileName);
    }

    /**
     * A commune's decision annex: national motto and title merged across the table, a header on row 5 in its own
     * order, column numbers, sections per team, the village merged down its members, STT restarting per village,
     * phones as numbers that lost their 0, and the signatures.
     */
    private static byte[] communeList(Workbook workbook) {
        return new SheetWriter(workbook, "Quyết định 123")
                .row(1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").merge("A1:I1")
                .row(2, "Độc lập - Tự do - Hạnh phúc").merge("A2:I2")
                .row(3, "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ NA HANG").merge("A3:I3")
                .row(4, "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024 của UBND xã Na Hang)").merge("A4:I4")
                .row(5, "TT", "HỌ VÀ TÊN", "Giới tính", "Số điện\nthoại", "Thôn/Tổ", "Chức vụ trong tổ",
                        "Thành phần", "Năm sinh", "Ghi chú")
                .row(6, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
                .row(7, "I. TỔ CÔNG NGHỆ SỐ XÃ").merge("A7:I7")
                .row(8, 1, "Nguyễn Văn Hùng", "Nam", 912345678, null, "Tổ trưởng", "Chủ tịch UBND xã", 1975)
                .row(9, 2, "  Hoàng Thị\u00A0Lan ", "Nữ", "0987 654 321", null, "Tổ phó", "Hội LHPN xã",
                        "15/03/1985")
                .row(11, "II. TỔ CÔNG NGHỆ SỐ CÁC THÔN").merge("A11:I11")
                .row(12, 1, "Ma Văn Tùng", "Nam", 1683456789L, "Thôn Nà Héc", "Tổ trưởng", "Trưởng thôn",
                        LocalDate.of(1990, 5, 20))
                .merge("E12:E14")
                .row(13, 2, "Triệu Thị Mai", "Nữ", "0912.345.679", null, "Thành viên", "Đoàn Thanh niên", 1998)
                .row(14, 3, "Lý Văn Sáng", "Nam", 388123456, null, "Thành viên", "Viettel", 1992, "Mới bổ sung")
                .row(15, 1, "Bàn Thị Hoa", "Nữ", 84868123456L, "Thôn Khuổi Phầy", "Tổ trưởng", "Trưởng thôn", 1980)
                .row(17, null, null, null, null, null, null, "Na Hang, ngày 20 tháng 3 năm 2024").merge("G17:I17")
                .row(18, null, "Người lập biểu", null, null, null, null, "TM. ỦY BAN NHÂN DÂN").merge("G18:I18")
                .row(19, null, "(Ký, ghi rõ họ tên)", null, null, null, null, "CHỦ TỊCH").merge("G19:I19")
                .row(23, null, "Nông Văn Bình", null, null, null, null, "Hoàng Văn Đức").merge("G23:I23")
                .bytes();
    }

    private static final class SheetWriter {

        private final Workbook workbook;
        private final Sheet sheet;
        private final CellStyle dateStyle;

        SheetWriter(Workbook workbook, String sheetName) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(sheetName);
            this.dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        SheetWriter row(int excelRow, Object... values) {
            Row row = sheet.createRow(excelRow - 1);
            for (int column = 0; column < values.length; column++) {
                switch (values[column]) {
                    case null -> { }
                    case String text -> row.createCell(column).setCellValue(text);
                    case Number number -> row.createCell(column).setCellValue(number.doubleValue());
                    case LocalDate date -> {
                        row.createCell(column).setCellValue(date);
                        row.getCell(column).setCellStyle(dateStyle);
                    }
                    default -> throw new IllegalArgumentException(values[column].toString());
                }
            }
            return this;
        }

        SheetWriter merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            return this;
        }

        byte[] bytes() {
            try (Workbook closing = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                closing.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
