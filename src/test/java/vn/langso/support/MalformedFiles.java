package vn.langso.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Broken and hostile files for the imports (issue 9): not spreadsheets, cut short, a zip that inflates to a huge
 * sheet, over 10 MB, CSV in the wrong encoding, and real spreadsheets full of formulas, scripts and endless text.
 * {@code valid} is a good file of the import's own kind, which the broken ones are made from.
 */
public final class MalformedFiles {

    private MalformedFiles() {
    }

    public static Map<String, byte[]> from(byte[] valid, String csvHeader, List<String> hostileTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.xlsx", new byte[0]);
        files.put("one-byte.xlsx", new byte[] {0x50});
        files.put("truncated.xlsx", Arrays.copyOf(valid, valid.length / 2));
        files.put("zip-header-only.xlsx", Arrays.copyOf(valid, 30));
        files.put("random.xlsx", random(1024 * 1024));
        files.put("over-10-MB.xlsx", random(11 * 1024 * 1024));
        files.put("web-page.xlsx", ("<html><body><script>" + MalformedInputs.FLAG_SCRIPT + "</script></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        files.put("picture.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        files.put("zip-bomb.xlsx", zipBomb());
        files.put("word-document.xlsx", zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
        String csv = csvHeader + "\n" + String.join("\n", hostileTexts.stream()
                .map(text -> "\"" + text.replace("\"", "\"\"") + "\",0912 345 678").toList()) + "\n";
        files.put("utf-8.csv", csv.getBytes(StandardCharsets.UTF_8));
        files.put("utf-16.csv", csv.getBytes(StandardCharsets.UTF_16));
        files.put("windows-1258.csv", csv.getBytes(Charset.forName("windows-1258")));
        files.put("tcvn-as-latin1.csv", csv.getBytes(StandardCharsets.ISO_8859_1));
        return files;
    }

    /** A household list of the given head-of-household names, one a row, with a formula cell beside each. */
    public static byte[] householdList(List<String> names) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Thôn");
            Row header = sheet.createRow(0);
            List<String> headers = List.of("Họ tên chủ hộ", "Địa chỉ", "Số điện thoại", "Số người lớn");
            for (int column = 0; column < headers.size(); column++) {
                header.createCell(column).setCellValue(headers.get(column));
            }
            for (int i = 0; i < names.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(names.get(i));
                row.createCell(1).setCellFormula("HYPERLINK(\"http://example.invalid\",\"Xóm\")");
                row.createCell(2).setCellValue(names.get((i + 7) % names.size()));
                row.createCell(3).setCellFormula("1+1");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Looks like a workbook, and one sheet inflates from a few KB to 50 MB. */
    private static byte[] zipBomb() {
        return zip("xl/worksheets/sheet1.xml", new byte[50 * 1024 * 1024]);
    }

    private static byte[] zip(String entry, byte[] content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
