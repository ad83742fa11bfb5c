package vn.langso.security;

/** An account rule was broken; {@code messageKey} is a translation key shown at the field. */
public class AccountRuleException extends RuntimeException {

    private final String messageKey;

    public AccountRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
