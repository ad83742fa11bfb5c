package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The register builds these keys from enum values, which the translation files test cannot see in the code. */
class TheRegisterHasAShortTextForEveryAnswerTest {

    @Test
    void everyInternetAnswerActivityAndImportOutcomeHasATextInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Internet internet : Internet.values()) {
            keys.add("householdRegister.profile.internet." + internet);
        }
        for (VisitActivity activity : VisitActivity.values()) {
            keys.add("householdRegister.activity." + activity);
        }
        for (HouseholdImportPreview.Outcome outcome : HouseholdImportPreview.Outcome.values()) {
            keys.add("householdRegister.outcome." + outcome);
        }
        for (String language : new String[] {"vi", "en"}) {
            assertThat(load(language).stringPropertyNames()).containsAll(keys);
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TheRegisterHasAShortTextForEveryAnswerTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
