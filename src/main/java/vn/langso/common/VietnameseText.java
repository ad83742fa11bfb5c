package vn.langso.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive search keys for Vietnamese: "Nguyễn Đức" and "nguyen duc" give the same key.
 * Stored beside names so the same prefix/contains match works on H2 and MySQL alike.
 */
public final class VietnameseText {

    /** The language places and names are officially written in; also the app's default. */
    public static final Locale VIETNAMESE = Locale.of("vi");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** Vietnamese alphabetical order (Đ after D, tones after the bare letter); a Collator is not thread-safe. */
    public static java.util.Comparator<String> order() {
        java.text.Collator collator = java.text.Collator.getInstance(VIETNAMESE);
        return collator::compare;
    }

    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** NFC form: the same text typed on different phones is stored the same way. */
    public static String clean(String text) {
        return text == null ? null : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** A piece of a web address: "Nộp thuế đất trực tuyến!" gives "nop-thue-dat-truc-tuyen"; at most maxLength long. */
    public static String slug(String text, int maxLength) {
        String slug = NOT_SLUG.matcher(searchKey(text)).replaceAll("-");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength);
        }
        return slug.replaceAll("^-+|-+$", "");
    }
}
