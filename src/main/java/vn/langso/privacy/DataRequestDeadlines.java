package vn.langso.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the province has to complete a request, counted from when it came in (docs/SECURITY.md gives the
 * source). Decree 356/2025 also asks for an answer saying how the request will be handled within 2 working days.
 */
@ConfigurationProperties("langso.personal-data")
public record DataRequestDeadlines(Duration accessDue, Duration erasureDue) {

    public DataRequestDeadlines {
        accessDue = accessDue == null ? Duration.ofDays(10) : accessDue;
        erasureDue = erasureDue == null ? Duration.ofDays(15) : erasureDue;
    }

    Duration of(DataRequestKind kind) {
        return kind == DataRequestKind.ACCESS ? accessDue : erasureDue;
    }
}
