package vn.langso.report;

/** A report request the rules refuse; the key names the message shown to the user. */
public class ReportRuleException extends RuntimeException {

    private final String messageKey;

    public ReportRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
