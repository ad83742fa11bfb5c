package vn.langso.security.api;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.security.AccountService;
import vn.langso.security.SignedInUser;

/**
 * For screens that run in the browser (the offline visit screen): proves the session is alive and hands out a
 * fresh CSRF token, since the page they run in may be a cached copy with a stale one.
 */
@RestController
class SessionApi {

    private final AccountService accounts;

    SessionApi(AccountService accounts) {
        this.accounts = accounts;
    }

    record Session(long userId, String name, String role, String language, String csrfHeader, String csrfToken) {
    }

    @GetMapping("/api/session")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Session> session(CsrfToken csrf) {
        SignedInUser user = accounts.currentUser();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Session(user.id(), user.fullName(), user.role().name(), user.locale() == null ? "vi" : user.locale().getLanguage(),
                        csrf.getHeaderName(), csrf.getToken()));
    }
}
