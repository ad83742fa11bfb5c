package vn.langso.household;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.langso.common.VietnameseText;

/**
 * A village's household list as communes keep it in Excel: the header row is found by its column names (with or
 * without accents), merged cells count for every row they span, blank rows are skipped. Values come back as text;
 * whether they make sense is for the register's own rules to say.
 */
final class HouseholdFile {

    private static final int MAX_BYTES = HouseholdImportPreview.MAX_FILE_BYTES;
    private static final int MAX_ROWS = HouseholdImportPreview.MAX_ROWS;
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final int MAX_COLUMNS = 50;
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]+");

    enum Column {
        HEAD_NAME, ADDRESS, PHONE, ADULTS;

        // Checked in this order: "Số điện thoại chủ hộ" is a phone, "Địa chỉ chủ hộ" an address.
        static Optional<Column> forHeader(String header) {
            String key = NOT_A_LETTER.matcher(VietnameseText.searchKey(header)).replaceAll(" ").strip();
            if (key.contains("dien thoai") || key.equals("sdt") || key.equals("so dt") || key.startsWith("sdt ")) {
                return Optional.of(PHONE);
            }
            if (key.contains("nguoi lon") || key.contains("nhan khau") || key.equals("so nguoi")) {
                return Optional.of(ADULTS);
            }
            if (key.contains("dia chi") || key.equals("xom") || key.equals("thon xom") || key.contains("noi o")) {
                return Optional.of(ADDRESS);
            }
            if (key.contains("chu ho") || key.equals("ho ten") || key.equals("ho va ten")) {
                return Optional.of(HEAD_NAME);
            }
            return Optional.empty();
        }
    }

    /** One non-blank row below the header; {@code sourceRow} is the row number Excel shows. */
    record Line(int sourceRow, String headName, String address, String phone, String adults) {
    }

    private HouseholdFile() {
    }

    static List<Line> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new HouseholdRuleException("householdRegister.import.tooLarge");
        }
        if (bytes.length == 0) {
            throw new HouseholdRuleException("householdRegister.import.empty");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new HouseholdRuleException("householdRegister.import.unreadable");
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                if (!workbook.isSheetHidden(index) && !workbook.isSheetVeryHidden(index)) {
                    Optional<List<Line>> lines = lines(workbook.getSheetAt(index), formatter);
                    if (lines.isPresent()) {
                        return lines.get();
                    }
                }
            }
            throw new HouseholdRuleException("householdRegister.import.noHeader");
        } catch (EncryptedDocumentException e) {
            throw new HouseholdRuleException("householdRegister.import.passwordProtected");
        } catch (HouseholdRuleException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new HouseholdRuleException("householdRegister.import.unreadable");
        }
    }

    /** An empty list with the columns the import looks for, in the words communes use. */
    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách hộ");
            Row header = sheet.createRow(0);
            String[] titles = {"STT", "Họ tên chủ hộ", "Địa chỉ", "Số điện thoại", "Số người lớn"};
            int[] widths = {6, 30, 24, 16, 14};
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (int column = 0; column < titles.length; column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(titles[column]);
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            sheet.setDefaultColumnStyle(3, text); // phone numbers keep their leading 0
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<List<Line>> lines(Sheet sheet, DataFormatter formatter) {
        Map<Long, String> merged = mergedValues(sheet, formatter);
        int headerSearchEnd = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS);
        for (int at = Math.max(0, sheet.getFirstRowNum()); at <= headerSearchEnd; at++) {
            Map<Column, Integer> columns = header(sheet.getRow(at), merged, formatter);
            if (columns.containsKey(Column.HEAD_NAME) && columns.size() >= 2) {
                return Optional.of(body(sheet, at, columns, merged, formatter));
            }
        }
        return Optional.empty();
    }

    private static Map<Column, Integer> header(Row row, Map<Long, String> merged, DataFormatter formatter) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        if (row != null) {
            for (int index = 0; index < Math.min(row.getLastCellNum(), MAX_COLUMNS); index++) {
                int column = index;
                Column.forHeader(text(row, column, merged, formatter)).ifPresent(found -> columns.putIfAbsent(found, column));
            }
        }
        return columns;
    }

    private static List<Line> body(Sheet sheet, int headerRow, Map<Column, Integer> columns, Map<Long, String> merged,
            DataFormatter formatter) {
        List<Line> lines = new ArrayList<>();
        for (int at = headerRow + 1; at <= sheet.getLastRowNum(); at++) {
            Row row = sheet.getRow(at);
            if (row == null) {
                continue;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            columns.forEach((column, index) -> values.put(column, text(row, index, merged, formatter)));
            List<String> filled = values.values().stream().filter(value -> !value.isEmpty()).toList();
            boolean repeatsHeader = Column.forHeader(values.get(Column.HEAD_NAME)).isPresent();
            boolean numbersColumns = filled.size() >= 2
                    && filled.stream().allMatch(value -> COLUMN_NUMBER.matcher(value).matches());
            if (filled.isEmpty() || repeatsHeader || numbersColumns) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new HouseholdRuleException("householdRegister.import.tooManyRows");
            }
            lines.add(new Line(at + 1, values.get(Column.HEAD_NAME), values.getOrDefault(Column.ADDRESS, ""),
                    values.getOrDefault(Column.PHONE, ""), values.getOrDefault(Column.ADULTS, "")));
        }
        return lines;
    }

    private static String text(Row row, int column, Map<Long, String> merged, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        String value = cell == null ? "" : text(cell, formatter);
        if (value.isEmpty()) {
            value = merged.getOrDefault(position(row.getRowNum(), column), "");
        }
        return value;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            // Phone numbers and head counts typed as numbers: all the digits, never "9.12E+8" or "3.0"
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                yield number == Math.rint(number) && Math.abs(number) < 1e15
                        ? String.valueOf((long) number) : formatter.formatCellValue(cell);
            }
            case BOOLEAN -> formatter.formatCellValue(cell);
            default -> "";
        };
        String clean = VietnameseText.clean(value.replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF]", "")
                .replaceAll("[\\u00A0\\u2007\\u202F]", " "));
        return clean == null ? "" : clean;
    }

    // A merged cell holds its value in the top-left corner only; every cell it spans means that value.
    private static Map<Long, String> mergedValues(Sheet sheet, DataFormatter formatter) {
        Map<Long, String> values = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row first = sheet.getRow(region.getFirstRow());
            Cell corner = first == null ? null : first.getCell(region.getFirstColumn());
            String value = corner == null ? "" : text(corner, formatter);
            if (value.isEmpty()) {
                continue;
            }
            int lastRow = Math.min(region.getLastRow(), sheet.getLastRowNum());
            int lastColumn = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
            for (int row = region.getFirstRow(); row <= lastRow; row++) {
                for (int column = region.getFirstColumn(); column <= lastColumn; column++) {
                    values.put(position(row, column), value);
                }
            }
        }
        return values;
    }

    private static long position(int row, int column) {
        return (long) row << 16 | column;
    }
}
