package vn.langso.team;

import java.time.Year;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/** One member line of a roster, raw text per field; {@code sourceRow} is the row number Excel shows. */
record RosterRow(int sourceRow, Map<RosterField, String> values) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");
    private static final Pattern EXCEL_DATE = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern YEAR_IN_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    RosterRow {
        values = Map.copyOf(values);
    }

    String value(RosterField field) {
        return values.getOrDefault(field, "");
    }

    Integer birthYear() {
        return birthYear(value(RosterField.BIRTH_YEAR));
    }

    /** "1985", "1985.0", "15/03/1985", "1985-03-15" or an Excel date serial such as "31121"; null if none of those. */
    static Integer birthYear(String raw) {
        String text = raw == null ? "" : raw.strip();
        Integer year = null;
        Matcher matcher;
        if ((matcher = YEAR.matcher(text)).matches()) {
            year = Integer.valueOf(matcher.group(1));
        } else if (EXCEL_DATE.matcher(text).matches()) {
            year = DateUtil.getLocalDateTime(Double.parseDouble(text)).getYear();
        } else if ((matcher = YEAR_IN_DATE.matcher(text)).find()) {
            year = Integer.valueOf(matcher.group(1));
        }
        return year != null && year >= 1900 && year <= Year.now().getValue() ? year : null;
    }
}
