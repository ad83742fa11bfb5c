package vn.langso.household.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.household.HouseholdRuleException;
import vn.langso.household.HouseholdService;
import vn.langso.household.VisitReceipt;
import vn.langso.household.VisitInbox;
import vn.langso.household.VisitService;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.household.Worklist;
import vn.langso.security.AccountService;
import vn.langso.ui.Translations;

/**
 * The JSON side of the visit screen, which runs in the browser so it keeps working without a signal. The phone
 * sends its queue in batches; each visit gets its own answer, and a visit is only forgotten on the phone once the
 * answer says it is stored. A database that cannot be reached is answered 503 with a message in the member's
 * language (the phone keeps the visits and tries again); a body that is not a batch of visits is answered 400.
 */
@RestController
class VisitApi {

    static final int MAX_BATCH = 100;
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(VisitApi.class);

    private final HouseholdService households;
    private final VisitInbox inbox;
    private final AccountService accounts;
    private final Translations translations;

    VisitApi(HouseholdService households, VisitInbox inbox, AccountService accounts, Translations translations) {
        this.households = households;
        this.inbox = inbox;
        this.accounts = accounts;
        this.translations = translations;
    }

    record Village(long id, String label) {
    }

    record WorklistResponse(List<Village> villages, List<?> households, Map<String, String> texts,
            String purposeVersion, String language) {
    }

    record VisitBatch(List<VisitSubmission> visits) {
    }

    record Problem(String message) {
    }

    record Receipt(String id, VisitStatus status, Long householdId, String reason) {
    }

    @GetMapping("/api/worklist")
    ResponseEntity<WorklistResponse> worklist() {
        Locale locale = Translations.supported(accounts.currentUser().locale());
        Worklist worklist = households.worklist();
        List<Village> villages = worklist.villages().stream()
                .map(village -> new Village(village.id(), village.label(locale))).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new WorklistResponse(villages, worklist.households(),
                        translations.startingWith(locale, "visit.", "consent."), VisitService.PURPOSE_VERSION,
                        locale.getLanguage()));
    }

    @PostMapping("/api/visits")
    ResponseEntity<List<Receipt>> visits(@RequestBody VisitBatch batch, HttpServletRequest request) {
        if (batch == null || batch.visits() == null || batch.visits().size() > MAX_BATCH) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        if (batch.visits().contains(null)) {
            throw new HttpMessageNotReadableException("a visit in the batch is null",
                    new org.springframework.http.server.ServletServerHttpRequest(request));
        }
        Locale locale = Translations.supported(accounts.currentUser().locale());
        List<Receipt> receipts = new ArrayList<>();
        for (VisitSubmission visit : batch.visits()) {
            VisitReceipt receipt = inbox.receive(visit);
            receipts.add(new Receipt(receipt.clientId(), receipt.status(), receipt.householdId(),
                    receipt.reasonKey() == null ? null : translations.getTranslation(receipt.reasonKey(), locale)));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(receipts);
    }

    /** The household told the member it takes back its consent; needs a signal, since it stops all recording. */
    @PostMapping("/api/households/{householdId}/consent-withdrawal")
    ResponseEntity<Void> withdrawConsent(@PathVariable long householdId) {
        try {
            households.withdrawConsent(householdId);
            return ResponseEntity.noContent().build();
        } catch (HouseholdRuleException gone) {
            return ResponseEntity.notFound().build();
        }
    }

    @ExceptionHandler({ DataAccessException.class, TransactionException.class })
    ResponseEntity<Problem> databaseUnreachable(RuntimeException failure, HttpServletRequest request) {
        log.warn("Database unreachable for {}: {}", request.getRequestURI(), failure.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).cacheControl(CacheControl.noStore())
                .body(problem("visit.serverTrouble", request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException failure, HttpServletRequest request) {
        log.info("Unreadable visit batch: {}", failure.getMostSpecificCause().getClass().getSimpleName());
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore())
                .body(problem("visit.unreadable", request));
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> notJson(Exception failure, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).cacheControl(CacheControl.noStore())
                .body(problem("visit.unreadable", request));
    }

    /** In the language the browser asks for: the member's own setting is in the database, which may be down. */
    private Problem problem(String key, HttpServletRequest request) {
        return new Problem(translations.getTranslation(key, Translations.supported(request.getLocale())));
    }
}
