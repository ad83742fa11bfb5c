package vn.langso.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster file a commune downloads, fills in and uploads again, and the export of a roster: our headers on row 1,
 * one member per row below, so an export is a filled-in template.
 */
final class RosterTemplate {

    static final String SHEET_NAME = "Danh sách thành viên";

    private RosterTemplate() {
    }

    static byte[] xlsx(List<Map<RosterField, String>> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            // As text, Excel keeps the leading 0 of "0912 345 678" instead of turning it into a number
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Row header = sheet.createRow(0);
            for (RosterField field : RosterField.values()) {
                int column = field.ordinal();
                header.createCell(column).setCellValue(field.header());
                header.getCell(column).setCellStyle(headerStyle);
                sheet.setColumnWidth(column, width(field) * 256);
                if (field == RosterField.PHONE) {
                    sheet.setDefaultColumnStyle(column, textStyle);
                }
            }
            for (int index = 0; index < rows.size(); index++) {
                write(sheet.createRow(index + 1), rows.get(index), textStyle);
            }
            sheet.createFreezePane(0, 1);
            offerChoices(sheet, RosterField.GENDER, "Nam", "Nữ");
            offerChoices(sheet, RosterField.TEAM_ROLE, "Tổ trưởng", "Tổ phó", "Thành viên");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, Map<RosterField, String> values, CellStyle textStyle) {
        values.forEach((field, value) -> {
            Cell cell = row.createCell(field.ordinal());
            // Numbers stored as text get Excel's green warning triangle; phone numbers must stay text
            if ((field == RosterField.ROW_NUMBER || field == RosterField.BIRTH_YEAR) && value.matches("\\d{1,9}")) {
                cell.setCellValue(Integer.parseInt(value));
            } else {
                cell.setCellValue(value);
            }
            if (field == RosterField.PHONE) {
                cell.setCellStyle(textStyle);
            }
        });
    }

    private static int width(RosterField field) {
        return switch (field) {
            case ROW_NUMBER -> 6;
            case GENDER, BIRTH_YEAR -> 10;
            case PHONE -> 16;
            case TEAM_ROLE -> 18;
            case VILLAGE -> 22;
            case FULL_NAME, AFFILIATION -> 28;
            case NOTE -> 30;
        };
    }

    // A warning, not a stop: the import understands other spellings too ("nữ", "Tổ viên").
    private static void offerChoices(Sheet sheet, RosterField field, String... choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList cells = new CellRangeAddressList(1, RosterFileReader.MAX_ROWS, field.ordinal(),
                field.ordinal());
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices), cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true); // in XSSF "true" shows the arrow
        sheet.addValidationData(validation);
    }
}
