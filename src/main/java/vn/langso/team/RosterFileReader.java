package vn.langso.team;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.langso.common.VietnameseText;

/**
 * Reads a commune's roster from Excel (.xlsx, .xls) or CSV as raw text rows: title rows, merged cells, section rows
 * and the signature block are dealt with here; whether the values make sense is the import's business.
 */
final class RosterFileReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final int HEADER_SEARCH_LINES = 30;
    private static final char[] CSV_DELIMITERS = {',', ';', '\t'};
    private static final Set<String> SPREADSHEET_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern WIDE_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Table(String name, List<RosterSheet.Line> lines) {
    }

    private RosterFileReader() {
    }

    static RosterSheet read(InputStream in, String fileName) {
        byte[] bytes = readAtMost(in, MAX_BYTES);
        if (bytes.length == 0) {
            throw new RosterFileException("roster.file.empty");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            return workbookTables(bytes).stream().map(RosterFileReader::sheet).flatMap(Optional::stream)
                    .findFirst().orElseThrow(() -> new RosterFileException("roster.file.noHeader"));
        }
        if (SPREADSHEET_EXTENSIONS.contains(extension(fileName))) {
            throw new RosterFileException("roster.file.unreadable");
        }
        return csvSheet(decode(bytes), fileName);
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new RosterFileException("roster.file.tooLarge", limit / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new RosterFileException("roster.file.unreadable", e);
        }
    }

    private static Optional<RosterSheet> sheet(Table table) {
        List<RosterSheet.Line> lines = table.lines();
        for (int at = 0; at < Math.min(HEADER_SEARCH_LINES, lines.size()); at++) {
            RosterSheet.Line header = lines.get(at);
            if (looksLikeHeader(header)) {
                List<RosterSheet.Line> body = lines.subList(at + 1, lines.size());
                if (body.size() > MAX_ROWS) {
                    throw new RosterFileException("roster.file.tooManyRows", MAX_ROWS);
                }
                return Optional.of(RosterSheet.of(table.name(), header.sourceRow(), columns(header, body), body));
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeHeader(RosterSheet.Line line) {
        Set<RosterField> fields = EnumSet.noneOf(RosterField.class);
        line.cells().forEach(cell -> RosterField.forHeader(cell).ifPresent(fields::add));
        return fields.size() >= 2 && fields.contains(RosterField.FULL_NAME);
    }

    // Only the first column of a field is suggested; a second "Số điện thoại" is left for the user to decide.
    private static List<RosterColumn> columns(RosterSheet.Line header, List<RosterSheet.Line> body) {
        int width = body.stream().mapToInt(line -> line.cells().size()).max().orElse(0);
        width = Math.max(width, header.cells().size());
        Set<RosterField> taken = EnumSet.noneOf(RosterField.class);
        List<RosterColumn> columns = new ArrayList<>();
        for (int index = 0; index < width; index++) {
            String text = header.cell(index);
            RosterField field = RosterField.forHeader(text).filter(taken::add).orElse(null);
            columns.add(new RosterColumn(index, text, field));
        }
        return columns;
    }

    private static List<Table> workbookTables(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Table> tables = new ArrayList<>();
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
                    continue;
                }
                Sheet sheet = workbook.getSheetAt(index);
                tables.add(new Table(sheet.getSheetName(), lines(sheet, formatter)));
            }
            return tables;
        } catch (EncryptedDocumentException e) {
            throw new RosterFileException("roster.file.passwordProtected", e);
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException("roster.file.unreadable", e);
        }
    }

    private static List<RosterSheet.Line> lines(Sheet sheet, DataFormatter formatter) {
        Map<Integer, List<String>> grid = new TreeMap<>();
        int width = 0;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                put(cells, cell.getColumnIndex(), text(cell, formatter));
            }
            grid.put(row.getRowNum(), cells);
            width = Math.max(width, cells.size());
        }
        // A merged cell holds its value in the top-left corner only; every row it spans means that value
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            List<String> corner = grid.get(region.getFirstRow());
            String value = corner == null || region.getFirstColumn() >= corner.size()
                    ? "" : corner.get(region.getFirstColumn());
            if (value.isEmpty()) {
                continue;
            }
            for (int row = region.getFirstRow(); row <= region.getLastRow(); row++) {
                List<String> cells = grid.get(row);
                for (int column = region.getFirstColumn(); cells != null && column <= region.getLastColumn()
                        && column < width; column++) {
                    put(cells, column, value);
                }
            }
        }
        List<RosterSheet.Line> lines = new ArrayList<>();
        grid.forEach((row, cells) -> line(row + 1, cells).ifPresent(lines::add));
        return lines;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().format(VIETNAMESE_DATE);
                }
                double number = cell.getNumericCellValue();
                // "General" shows 12 digits as 8.49123E+11; a phone number must keep all its digits
                boolean wholeInGeneral = cell.getCellStyle().getDataFormat() == 0
                        && number == Math.rint(number) && Math.abs(number) < 1e15;
                yield wholeInGeneral ? BigDecimal.valueOf(number).toBigInteger().toString()
                        : formatter.formatCellValue(cell);
            }
            case BOOLEAN -> formatter.formatCellValue(cell);
            default -> "";
        };
    }

    private static void put(List<String> cells, int index, String value) {
        while (cells.size() <= index) {
            cells.add("");
        }
        cells.set(index, value);
    }

    private static Optional<RosterSheet.Line> line(int sourceRow, List<String> raw) {
        List<String> cells = new ArrayList<>(raw.stream().map(RosterFileReader::clean).toList());
        while (!cells.isEmpty() && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(new RosterSheet.Line(sourceRow, cells));
    }

    private static String clean(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return VietnameseText.clean(WIDE_SPACE.matcher(visible).replaceAll(" "));
    }

    // The delimiter is whichever one turns up the best header: Vietnamese Excel writes ";", text in cells has ","
    private static RosterSheet csvSheet(String text, String fileName) {
        return new String(CSV_DELIMITERS).chars()
                .mapToObj(delimiter -> csvTable(text, (char) delimiter, fileName))
                .flatMap(Optional::stream)
                .map(RosterFileReader::sheet).flatMap(Optional::stream)
                .max(Comparator.comparingLong(sheet -> sheet.columns().stream()
                        .filter(column -> column.field() != null).count()))
                .orElseThrow(() -> new RosterFileException("roster.file.noHeader"));
    }

    private static Optional<Table> csvTable(String text, char delimiter, String fileName) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<RosterSheet.Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                line((int) record.getRecordNumber(), record.toList()).ifPresent(lines::add);
            }
            return Optional.of(new Table(fileName == null ? "" : fileName, lines));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    // Excel's "CSV UTF-8" has a BOM, "Unicode text" is UTF-16, and plain "CSV" on Vietnamese Windows is cp1258.
    private static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1258"));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
