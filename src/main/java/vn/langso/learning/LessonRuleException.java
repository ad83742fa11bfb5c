package vn.langso.learning;

/**
 * A lesson rule was broken; {@code messageKey} is a translation key the screen shows. {@code field} says where, when
 * one field is to blame: a path through the lesson such as {@code title.vi}, {@code steps.0.picture} or
 * {@code questions.2.choices.1.why.en} (null otherwise).
 */
public class LessonRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;

    public LessonRuleException(String messageKey) {
        this(messageKey, null);
    }

    public LessonRuleException(String messageKey, String field) {
        super(field == null ? messageKey : messageKey + " at " + field);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
