package vn.langso.household;

/** A rule of the register was broken; {@code messageKey} is a translation key the screen shows. */
public class HouseholdRuleException extends RuntimeException {

    private final String messageKey;

    public HouseholdRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
