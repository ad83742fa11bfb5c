package vn.langso.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A roster table as found in a file: the header, how its columns map to fields, and the member rows that mapping
 * gives. The lines below the header are kept so the user can correct the mapping without uploading again.
 */
record RosterSheet(String sheetName, int headerRow, List<RosterColumn> columns, List<RosterRow> rows,
                   List<Line> lines) {

    /** A non-blank line below the header, merged cells already filled in. */
    record Line(int sourceRow, List<String> cells) {

        Line {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    // The signature block opens with one of these, maybe after "TM." / "KT." ("on behalf of", "for").
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?:(?:tm|kt|tl|tuq|q)\\s+)*(?:pho chu tich|chu tich|nguoi lap|ky ghi ro|ky va ghi ro|ky ten|ky dong dau"
                    + "|xac nhan|noi nhan|uy ban nhan dan|ubnd|thu truong|tong cong(?! ty)|tong so)\\b");
    private static final Pattern PLACE_AND_DATE = Pattern.compile("\\bngay \\d{1,2} thang \\d{1,2} nam \\d{4}\\b");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
    private static final Pattern ENUMERATOR = Pattern.compile("[IVXL]+[.)]?|[A-Za-z][.)]|\\d+[.)]?|[-–•*+]");
    private static final Pattern TEAM_NAME = Pattern.compile("to (?:cong nghe so(?: cong dong)?|cns(?:cd)?)");
    private static final Set<String> VILLAGE_WORDS = Set.of("thon", "ban", "xom", "ap", "lang", "buon", "soc", "khom");

    RosterSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        lines = List.copyOf(lines);
    }

    static RosterSheet of(String sheetName, int headerRow, List<RosterColumn> columns, List<Line> lines) {
        return new RosterSheet(sheetName, headerRow, columns, memberRows(columns, lines), lines);
    }

    Map<Integer, RosterField> mapping() {
        Map<Integer, RosterField> mapping = new HashMap<>();
        columns.stream().filter(column -> column.field() != null)
                .forEach(column -> mapping.put(column.index(), column.field()));
        return mapping;
    }

    /** The user's mapping replaces the suggested one; columns it leaves out are ignored. */
    RosterSheet withMapping(Map<Integer, RosterField> columnToField) {
        List<RosterColumn> remapped = columns.stream()
                .map(column -> new RosterColumn(column.index(), column.header(), columnToField.get(column.index())))
                .toList();
        return of(sheetName, headerRow, remapped, lines);
    }

    private static List<RosterRow> memberRows(List<RosterColumn> columns, List<Line> lines) {
        List<RosterRow> rows = new ArrayList<>();
        String sectionVillage = null;
        for (Line line : lines) {
            Map<RosterField, String> values = values(columns, line);
            Set<String> texts = new LinkedHashSet<>(line.cells());
            texts.remove("");
            if (isSignatureBlock(values, texts)) {
                break;
            }
            if (texts.size() == 1) {
                // A title such as "Thôn Nà Héc" or "I. TỔ CÔNG NGHỆ SỐ XÃ", often merged across the whole table
                sectionVillage = villageNamedBy(texts.iterator().next());
            } else if (!repeatsHeader(columns, line) && !numbersColumns(texts)) {
                if (sectionVillage != null) {
                    values.putIfAbsent(RosterField.VILLAGE, sectionVillage);
                }
                rows.add(new RosterRow(line.sourceRow(), values));
            }
        }
        return rows;
    }

    private static Map<RosterField, String> values(List<RosterColumn> columns, Line line) {
        Map<RosterField, String> values = new EnumMap<>(RosterField.class);
        for (RosterColumn column : columns) {
            String text = line.cell(column.index());
            if (column.field() != null && !text.isEmpty()) {
                // The user may map two columns to one field, e.g. "Chức vụ" and "Đơn vị" into the affiliation
                String separator = column.field() == RosterField.FULL_NAME ? " " : ", ";
                values.merge(column.field(), text, (first, next) -> first + separator + next);
            }
        }
        return values;
    }

    // A member whose affiliation is "Chủ tịch UBND xã" has a name, a phone or a number, so it never ends the table.
    private static boolean isSignatureBlock(Map<RosterField, String> values, Set<String> texts) {
        if (values.containsKey(RosterField.PHONE) || values.containsKey(RosterField.ROW_NUMBER)) {
            return false;
        }
        String name = values.get(RosterField.FULL_NAME);
        if (name != null && !SIGNATURE.matcher(RosterField.headerKey(name)).find()) {
            return false;
        }
        return texts.stream().map(RosterField::headerKey)
                .anyMatch(key -> SIGNATURE.matcher(key).find() || PLACE_AND_DATE.matcher(key).find());
    }

    // Header cells merged over two rows fill the second one with the header again; printed lists repeat it per page.
    private static boolean repeatsHeader(List<RosterColumn> columns, Line line) {
        return columns.stream().anyMatch(column -> column.field() != null && !column.header().isEmpty()
                && RosterField.headerKey(column.header()).equals(RosterField.headerKey(line.cell(column.index()))));
    }

    // Official tables number their columns "(1) (2) (3)" on the line below the header.
    private static boolean numbersColumns(Set<String> texts) {
        return texts.size() >= 3 && texts.stream().allMatch(text -> COLUMN_NUMBER.matcher(text).matches());
    }

    /** "Thôn Nà Héc", "II. Bản Phiêng Luông", "Tổ công nghệ số thôn Khuổi Phầy" name a village; null otherwise. */
    static String villageNamedBy(String title) {
        List<String> words = Arrays.asList(title.split(" "));
        int first = 0;
        while (first < words.size() && ENUMERATOR.matcher(words.get(first)).matches()) {
            first++;
        }
        for (int at = first; at < words.size(); at++) {
            if (startsVillageName(words, at)) {
                String before = RosterField.headerKey(String.join(" ", words.subList(first, at)));
                if (before.isEmpty() || TEAM_NAME.matcher(before).matches()) {
                    return String.join(" ", words.subList(at, words.size())).replaceAll("[\\s:;,.]+$", "");
                }
                return null;
            }
        }
        return null;
    }

    private static boolean startsVillageName(List<String> words, int at) {
        if (at + 1 >= words.size()) {
            return false;
        }
        String word = RosterField.headerKey(words.get(at));
        String next = RosterField.headerKey(words.get(at + 1));
        return VILLAGE_WORDS.contains(word)
                || word.equals("khu") && (next.equals("pho") || next.matches("\\d+"))
                || word.equals("to") && (next.equals("dan") || next.matches("\\d+"));
    }
}
