package vn.langso.place;

/** A place rule was broken; {@code messageKey} is a translation key shown at the field. */
public class PlaceRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public PlaceRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    /** What the message's placeholders stand for. */
    public Object[] args() {
        return args;
    }

    public String messageKey() {
        return messageKey;
    }
}
