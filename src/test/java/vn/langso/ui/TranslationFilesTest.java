package vn.langso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.langso.security.Role;
import vn.langso.team.Affiliation;
import vn.langso.team.Gender;
import vn.langso.team.RosterField;
import vn.langso.team.RosterPreviewRow;
import vn.langso.team.TeamRole;
import vn.langso.team.TeamWarning;

class TranslationFilesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|title = )\"([a-zA-Z][\\w.]*\\w)\"\\s*[,)]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("vi").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("vi").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(Role.values()).map(Role::labelKey).forEach(used::add);
        // Keys the screens build from enum values
        Arrays.stream(Gender.values()).map(value -> "gender." + value).forEach(used::add);
        Arrays.stream(TeamRole.values()).map(value -> "team.role." + value).forEach(used::add);
        Arrays.stream(Affiliation.values()).map(value -> "team.affiliation." + value).forEach(used::add);
        Arrays.stream(RosterField.values()).map(value -> "roster.field." + value).forEach(used::add);
        Arrays.stream(RosterPreviewRow.Outcome.values()).map(value -> "roster.outcome." + value).forEach(used::add);
        Arrays.stream(vn.langso.team.TeamStatus.values()).map(value -> "team.status." + value).forEach(used::add);
        Arrays.stream(vn.langso.team.ChangeEntry.Kind.values()).map(value -> "history.kind." + value).forEach(used::add);
        Arrays.stream(vn.langso.team.ChangeEntry.Action.values()).map(value -> "history.action." + value)
                .forEach(used::add);
        for (TeamWarning warning : TeamWarning.values()) {
            used.add(warning.messageKey());
            used.add(warning.messageKey() + ".long");
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(used.stream().filter(key -> !keys.contains(key)).collect(Collectors.toList())).isEmpty();
    }

    /** The visit screen runs in the browser and gets its texts from the server: every t('key') it uses exists. */
    @Test
    void everyKeyTheBrowserScreensAskForExists() throws IOException {
        Set<String> keys = load("vi").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern keyInScript = Pattern.compile("\\bt\\('([a-zA-Z][\\w.]*\\w)'");
        try (Stream<Path> sources = Files.walk(Path.of("frontend/visits"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".ts")).toList()) {
                Matcher matcher = keyInScript.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // Keys built from the values the server sends (t(`visit.activity.${a}`) and the like)
        Arrays.stream(vn.langso.household.VisitActivity.values()).map(vn.langso.household.VisitActivity::labelKey)
                .forEach(used::add);
        Arrays.stream(vn.langso.household.Internet.values()).map(value -> "visit.internet." + value).forEach(used::add);
        for (String answer : new String[] {"smartphones", "internet", "bankOrWallet", "vneidLevel2", "onlineService",
                "paysCashless", "scamTargeted"}) {
            used.add("visit.profile." + answer);
        }
        assertThat(used).hasSizeGreaterThan(40);
        // only these prefixes travel with the worklist (VisitApi, HouseholdsView)
        assertThat(used).allMatch(key -> key.startsWith("visit.") || key.startsWith("consent."));
        assertThat(used.stream().filter(key -> !keys.contains(key)).collect(Collectors.toList())).isEmpty();
    }

    @Test
    void vietnameseIsWrittenWithDiacritics() throws IOException {
        Properties vi = load("vi");
        assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
        assertThat(vi.getProperty("nav.households")).isEqualTo("Hộ dân");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
