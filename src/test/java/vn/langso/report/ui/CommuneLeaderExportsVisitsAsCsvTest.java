package vn.langso.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.report.DashboardQuery;
import vn.langso.report.ReportExportService;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * A commune leader taps "CSV lượt thăm": the export runs in the background while the screen shows its progress and
 * asks for news every half second; then a link to the file appears, the polling stops, and the file is gone once
 * the leader leaves the screen.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class CommuneLeaderExportsVisitsAsCsvTest extends SpringBrowserlessTest {

    @Autowired
    ReportExportService exports;

    @Autowired
    CsvExportQueue queue;

    @Test
    void theExportRunsInTheBackgroundWithProgressAndEndsWithALinkToTheFile() throws Exception {
        navigate(OverviewView.class);
        assertThat(link("PDF").getElement().hasAttribute("download")).isTrue();
        assertThat(link("Excel (XLSX)").getElement().hasAttribute("download")).isTrue();
        Button visits = find(Button.class).withText("CSV lượt thăm").single();

        test(visits).click();

        assertThat(visits.isEnabled()).as("a second tap cannot start another export").isFalse();
        assertThat(find(Button.class).withText("CSV bài học").single().isEnabled()).isFalse();
        assertThat(find(ProgressBar.class).single().isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);

        Anchor file = pollUntilTheFileIsReady();
        long rows = AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER",
                () -> exports.countVisits(new DashboardQuery(null, null, null)));
        assertThat(text(file)).isEqualTo("Tải CSV lượt thăm (" + rows + " dòng)");
        assertThat(file.getElement().hasAttribute("download")).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(visits.isEnabled()).isTrue();
        assertThat(find(ProgressBar.class).all()).noneMatch(ProgressBar::isVisible);
        Path written = onlyExportFile();
        assertThat(Files.readString(written)).startsWith("\uFEFFNgày thăm,");

        navigate(vn.langso.place.ui.PlacesView.class);
        assertThat(written).doesNotExist();
    }

    @Test
    void leavingTheScreenStopsTheExportAndThePollingAndLeavesNoFile() throws Exception {
        navigate(OverviewView.class);
        test(find(Button.class).withText("CSV bài học").single()).click();

        navigate(vn.langso.place.ui.PlacesView.class);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (folderHasFiles() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(folderHasFiles()).isFalse();
    }

    @Test
    void theProgressReadsAsRowsOfTheWhole() {
        navigate(OverviewView.class);
        ExportBar bar = find(ExportBar.class).single();
        assertThat(bar.getTranslation("export.csv.progress", 12_000L, 480_000L)).isEqualTo("12.000 / 480.000 dòng");
    }

    private Anchor pollUntilTheFileIsReady() throws InterruptedException {
        UI ui = UI.getCurrent();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            List<Anchor> ready = find(Anchor.class).all().stream()
                    .filter(anchor -> text(anchor).startsWith("Tải ")).toList();
            if (!ready.isEmpty()) {
                return ready.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The export did not finish: "
                + find(ExportBar.class).single().getElement().getTextRecursively());
    }

    private Anchor link(String text) {
        return find(Anchor.class).all().stream().filter(anchor -> text(anchor).equals(text))
                .findFirst().orElseThrow();
    }

    /** What the link reads on the screen (its icon and text are HTML). */
    private static String text(Anchor anchor) {
        return org.jsoup.Jsoup.parseBodyFragment(anchor.getElement().getOuterHTML()).text();
    }

    private boolean folderHasFiles() throws IOException {
        try (Stream<Path> files = Files.list(queue.folder())) {
            return files.findAny().isPresent();
        }
    }

    private Path onlyExportFile() throws IOException {
        try (Stream<Path> files = Files.list(queue.folder())) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }
}
