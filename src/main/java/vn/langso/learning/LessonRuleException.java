package vn.langso.learning;

/** A lesson rule was broken; {@code messageKey} is a translation key the screen shows. */
public class LessonRuleException extends RuntimeException {

    private final String messageKey;

    public LessonRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
