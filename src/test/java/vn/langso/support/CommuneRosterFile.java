package vn.langso.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A roster the way a commune keeps it in Excel: national motto and title rows with merged cells, Vietnamese headers
 * in their own order, the village cell merged over its members, numbering that restarts per village, phone numbers
 * written in several ways, and a signature block at the end.
 */
public final class CommuneRosterFile {

    public record Member(String village, String fullName, String phone, String role, String affiliation) {
    }

    private final String communeName;
    private final List<Member> members = new ArrayList<>();

    public CommuneRosterFile(String communeName) {
        this.communeName = communeName;
    }

    public CommuneRosterFile add(String village, String fullName, String phone, String role, String affiliation) {
        members.add(new Member(village, fullName, phone, role, affiliation));
        return this;
    }

    public byte[] xlsx() {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("DS To CNSCD");
            title(sheet, 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            title(sheet, 1, "Độc lập - Tự do - Hạnh phúc");
            title(sheet, 3, "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ " + communeName.toUpperCase());
            title(sheet, 4, "(Kèm theo Quyết định số 45/QĐ-UBND ngày 15/3/2024 của UBND xã " + communeName + ")");
            Row header = sheet.createRow(6);
            String[] headers = {"TT", "Thôn/Tổ", "Họ và tên", "Nhiệm vụ\nđược phân công", "Chức vụ, đơn vị", "SĐT"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            int rowIndex = 7;
            int number = 0;
            String currentVillage = null;
            int villageStart = rowIndex;
            for (Member member : members) {
                if (!member.village().equals(currentVillage)) {
                    mergeVillage(sheet, villageStart, rowIndex - 1);
                    currentVillage = member.village();
                    villageStart = rowIndex;
                    number = 0;
                }
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(++number);
                if (rowIndex - 1 == villageStart) {
                    row.createCell(1).setCellValue(member.village());
                }
                row.createCell(2).setCellValue(member.fullName());
                row.createCell(3).setCellValue(member.role());
                row.createCell(4).setCellValue(member.affiliation());
                row.createCell(5).setCellValue(member.phone());
            }
            mergeVillage(sheet, villageStart, rowIndex - 1);
            sheet.createRow(rowIndex + 1).createCell(4).setCellValue(communeName + ", ngày 20 tháng 3 năm 2024");
            sheet.createRow(rowIndex + 2).createCell(4).setCellValue("TM. ỦY BAN NHÂN DÂN");
            sheet.createRow(rowIndex + 3).createCell(4).setCellValue("CHỦ TỊCH");
            sheet.createRow(rowIndex + 4).createCell(4).setCellValue("(Ký, ghi rõ họ tên)");
            sheet.createRow(rowIndex + 7).createCell(4).setCellValue("Hoàng Văn Sinh");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeTo(Path directory, String fileName) {
        try {
            Files.createDirectories(directory);
            return Files.write(directory.resolve(fileName), xlsx());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(Sheet sheet, int row, String text) {
        sheet.createRow(row).createCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 5));
    }

    private static void mergeVillage(Sheet sheet, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(first, last, 1, 1));
        }
    }
}
