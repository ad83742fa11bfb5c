package vn.langso.team;

/** A rule of the roster was broken; {@code messageKey} is a translation key the screen shows at the field. */
public class TeamRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public TeamRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
