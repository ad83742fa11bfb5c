package vn.langso.trust;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** The app's own messages in one language, with their {0} placeholders matching anything. */
final class Messages {

    static final Messages VIETNAMESE = new Messages("vaadin-i18n/translations_vi.properties");

    private final List<Pattern> patterns;

    private Messages(String resource) {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(Messages.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        patterns = texts.values().stream().map(String::valueOf).map(Messages::pattern).toList();
    }

    private static Pattern pattern(String text) {
        String plain = text.replace("''", "'");
        StringBuilder regex = new StringBuilder();
        for (String part : plain.split("\\{\\d+[^}]*}", -1)) {
            if (!regex.isEmpty() || plain.startsWith("{")) {
                regex.append("(?s).*?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    boolean matches(String message) {
        return message != null && patterns.stream().anyMatch(pattern -> pattern.matcher(message).matches());
    }
}
