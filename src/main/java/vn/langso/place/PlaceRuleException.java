package vn.langso.place;

/** A place rule was broken; {@code messageKey} is a translation key shown at the field. */
public class PlaceRuleException extends RuntimeException {

    private final String messageKey;

    public PlaceRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
