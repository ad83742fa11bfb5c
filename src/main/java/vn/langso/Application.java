package vn.langso;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/langso.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0b6e4f")
// No @PWA yet: Vaadin's generated service worker (skipWaiting + clients.claim) made the sign-in page reload
// under a first-time visitor now and then, wiping what they had typed. The offline issue brings its own sw.ts.
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
