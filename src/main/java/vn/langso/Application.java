package vn.langso;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.langso.learning.ui.ListenButton;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/langso.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0b6e4f")
// The service worker is our own frontend/sw.ts: it never takes over an open page (Vaadin's default did, and the
// sign-in page reloaded under first-time visitors), and it lets the visit screen open with no connection.
@PWA(name = "Làng Số", shortName = "Làng Số", startPath = "households")
// In the bundle every page loads, not in one screen's chunk: any screen may read a text aloud (lessons, a consent
// read to a household), and the browser tests' own screen shows it. It adds 1.5 KB (brotli) to that bundle.
@Uses(ListenButton.class)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
