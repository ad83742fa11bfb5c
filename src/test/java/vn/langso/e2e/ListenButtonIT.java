package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;
import static vn.langso.e2e.PhoneBrowser.waitForVaadin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.langso.support.DemoUsers;
import vn.langso.support.LessonWidgetsPage;

/** "Nghe" on a phone at 360x800: what a phone without a Vietnamese voice says, and reading with one. */
class ListenButtonIT extends PhoneJourney {

    /**
     * A speech engine with one Vietnamese and one English voice that records what it is asked to say. Headless
     * Chromium has no voices of its own, and a test cannot listen anyway.
     */
    private static final String PHONE_WITH_VOICES = """
            (() => {
              const voices = [
                { name: 'Tiếng Việt trên máy', lang: 'vi-VN', localService: true, default: false, voiceURI: 'vi' },
                { name: 'English on the phone', lang: 'en_US', localService: true, default: true, voiceURI: 'en' },
              ];
              const queue = [];
              window.__said = [];
              window.__cancels = 0;
              const engine = {
                speaking: false, pending: false, paused: false,
                getVoices: () => voices.slice(),
                speak(utterance) {
                  queue.push(utterance);
                  window.__said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice && utterance.voice.name });
                  this.speaking = true;
                },
                cancel() {
                  window.__cancels++;
                  this.speaking = false;
                  queue.splice(0).forEach((utterance) => utterance.onerror && utterance.onerror({ error: 'interrupted' }));
                },
                pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
              };
              window.__finishSpeaking = () => {
                engine.speaking = false;
                queue.splice(0).forEach((utterance) => utterance.onend && utterance.onend({}));
              };
              Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
              window.SpeechSynthesisUtterance = class {
                constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; }
              };
            })();
            """;

    @Test
    void aPhoneWithoutAVietnameseVoiceSaysSoWhenTapped() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = lessonPage(phone);
            Assumptions.assumeFalse((Boolean) page.evaluate(
                    "() => speechSynthesis.getVoices().some(voice => voice.lang.toLowerCase().startsWith('vi'))"),
                    "this Chromium has a Vietnamese voice");
            Locator vietnamese = button(page, 0);

            // Large enough for a thumb, and switched off once the phone has had time to list its voices.
            assertThat(vietnamese).hasText("Nghe");
            assertThat(vietnamese.boundingBox().height).isGreaterThanOrEqualTo(48);
            assertThat(vietnamese).hasClass(Pattern.compile("no-voice"));
            screenshot(page, "40-listen-no-voice");

            vietnamese.click();
            assertThat(message(page, 0)).hasText("Điện thoại này chưa có giọng đọc tiếng Việt");
            assertThat(vietnamese).hasText("Nghe");
            button(page, 1).click();
            assertThat(message(page, 1)).hasText("Điện thoại này chưa có giọng đọc tiếng Anh");
            screenshot(page, "41-listen-no-voice-tapped");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);
        }
    }

    @Test
    void readsInTheTextsLanguageStopsOnASecondTapAndOneButtonReadsAtATime() {
        try (BrowserContext phone = browser.newPhone()) {
            phone.addInitScript(PHONE_WITH_VOICES);
            Page page = lessonPage(phone);
            Locator vietnamese = button(page, 0);
            Locator english = button(page, 1);
            assertThat(vietnamese).not().hasClass(Pattern.compile("no-voice"));

            vietnamese.click();
            assertThat(vietnamese).hasText("Dừng");
            assertThat(said(page)).containsExactly(Map.of("text", LessonWidgetsPage.VIETNAMESE_TEXT,
                    "lang", "vi-VN", "voice", "Tiếng Việt trên máy"));
            screenshot(page, "42-listen-speaking");

            // The English button takes over: the Vietnamese reading stops and its button says "Nghe" again.
            english.click();
            assertThat(english).hasText("Dừng");
            assertThat(vietnamese).hasText("Nghe");
            page.waitForFunction("() => window.__said.length === 2");
            assertThat(said(page).get(1)).isEqualTo(Map.of("text", LessonWidgetsPage.ENGLISH_TEXT,
                    "lang", "en-US", "voice", "English on the phone"));

            // A second tap stops it.
            int cancels = ((Number) page.evaluate("() => window.__cancels")).intValue();
            english.click();
            assertThat(english).hasText("Nghe");
            assertThat(((Number) page.evaluate("() => window.__cancels")).intValue()).isEqualTo(cancels + 1);

            // When the voice is done the button is ready again.
            vietnamese.click();
            assertThat(vietnamese).hasText("Dừng");
            page.evaluate("() => window.__finishSpeaking()");
            assertThat(vietnamese).hasText("Nghe");
            assertThat(message(page, 0)).isEmpty();
        }
    }

    private Page lessonPage(BrowserContext phone) {
        Page page = signedIn(phone, DemoUsers.LEARNER);
        page.navigate(url("/test/lesson-widgets"));
        waitForVaadin(page);
        assertThat(page.locator("listen-button")).hasCount(2);
        return page;
    }

    private static Locator button(Page page, int index) {
        return page.locator("listen-button").nth(index).locator("button");
    }

    private static Locator message(Page page, int index) {
        return page.locator("listen-button").nth(index).locator("[role=status]");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> said(Page page) {
        return (List<Map<String, Object>>) page.evaluate("() => window.__said");
    }
}
