package vn.langso.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers are a person's natural key, so every way people write them (and every way Excel mangles
 * them) has to end up as the same E.164 string.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String REGION = "VN";
    private static final String COUNTRY_CODE = "84";

    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B-\\u200D\\u2060\\uFEFF]+");
    private static final Pattern EXCEL_DECIMAL = Pattern.compile("\\d+\\.0+");
    private static final Pattern EXCEL_SCIENTIFIC = Pattern.compile("\\d(?:[.,]\\d+)?[eE]\\+?\\d{1,2}");
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\(?\\+?[\\d().\\-/]+");

    // The 11-digit mobile prefixes renumbered in 2018, keyed without the trunk 0 (0162 -> 032 becomes 162 -> 32).
    private static final Map<String, String> RENUMBERED_2018 = Map.ofEntries(
            Map.entry("162", "32"), Map.entry("163", "33"), Map.entry("164", "34"), Map.entry("165", "35"),
            Map.entry("166", "36"), Map.entry("167", "37"), Map.entry("168", "38"), Map.entry("169", "39"),
            Map.entry("120", "70"), Map.entry("121", "79"), Map.entry("122", "77"), Map.entry("126", "76"),
            Map.entry("128", "78"), Map.entry("123", "83"), Map.entry("124", "84"), Map.entry("125", "85"),
            Map.entry("127", "81"), Map.entry("129", "82"), Map.entry("186", "56"), Map.entry("188", "58"),
            Map.entry("199", "59"));

    private PhoneNumbers() {
    }

    public static Optional<String> normalizeMobile(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String written = INVISIBLE.matcher(raw).replaceAll("");
        if (written.startsWith("'")) {
            written = written.substring(1); // Excel's "keep this as text" marker
        }
        written = undoExcelNumber(written);
        if (!WRITTEN_NUMBER.matcher(written).matches()) {
            return Optional.empty();
        }
        boolean international = written.replace("(", "").startsWith("+");
        return nationalNumber(written.replaceAll("\\D", ""), international)
                .map(PhoneNumbers::renumber2018)
                .flatMap(PhoneNumbers::validMobile)
                .map(number -> UTIL.format(number, PhoneNumberFormat.E164));
    }

    public static String display(String e164) {
        return parse(e164).map(number -> UTIL.format(number, PhoneNumberFormat.NATIONAL)).orElse(e164);
    }

    public static String telUri(String e164) {
        return "tel:" + e164;
    }

    public static String zaloUri(String e164) {
        return "https://zalo.me/" + display(e164).replace(" ", "");
    }

    // A numeric cell read as text: "912345678.0" or "9.12345678E8"; "0912.345.678" is left alone.
    private static String undoExcelNumber(String written) {
        if (EXCEL_DECIMAL.matcher(written).matches()) {
            return written.substring(0, written.indexOf('.'));
        }
        if (EXCEL_SCIENTIFIC.matcher(written).matches()) {
            try {
                return new BigDecimal(written.replace(',', '.')).toBigIntegerExact().toString();
            } catch (ArithmeticException notWhole) {
                return written;
            }
        }
        return written;
    }

    private static Optional<String> nationalNumber(String digits, boolean international) {
        String national;
        if (international) {
            if (!digits.startsWith(COUNTRY_CODE)) {
                return Optional.empty();
            }
            national = digits.substring(COUNTRY_CODE.length());
        } else if (digits.startsWith("00" + COUNTRY_CODE)) {
            national = digits.substring(2 + COUNTRY_CODE.length());
        } else if (digits.startsWith(COUNTRY_CODE) && digits.length() >= 11) {
            // 84 + 9 or 10 digits; a national number never has 11 digits without its trunk 0
            national = digits.substring(COUNTRY_CODE.length());
        } else {
            national = digits;
        }
        // "+84 0912..." and "0912..." both carry a trunk 0 that is not part of the number; a lost 0 is common too.
        if (national.startsWith("0")) {
            national = national.substring(1);
        }
        return national.length() >= 9 && national.length() <= 10 ? Optional.of(national) : Optional.empty();
    }

    private static String renumber2018(String national) {
        if (national.length() == 10) {
            String replacement = RENUMBERED_2018.get(national.substring(0, 3));
            if (replacement != null) {
                return replacement + national.substring(3);
            }
        }
        return national;
    }

    private static Optional<PhoneNumber> validMobile(String national) {
        PhoneNumber number = new PhoneNumber()
                .setCountryCode(Integer.parseInt(COUNTRY_CODE))
                .setNationalNumber(Long.parseLong(national));
        PhoneNumberType type = UTIL.getNumberType(number);
        boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        return mobile && UTIL.isValidNumberForRegion(number, REGION) ? Optional.of(number) : Optional.empty();
    }

    private static Optional<PhoneNumber> parse(String e164) {
        if (e164 == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UTIL.parse(e164, REGION));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }
}
