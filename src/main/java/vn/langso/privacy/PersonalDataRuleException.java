package vn.langso.privacy;

/** A request that cannot be taken or done; {@code messageKey} is the translation the screen shows at the field. */
public class PersonalDataRuleException extends RuntimeException {

    private final String messageKey;

    public PersonalDataRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
