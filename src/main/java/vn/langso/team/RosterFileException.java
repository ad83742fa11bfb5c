package vn.langso.team;

/** A roster file could not be read; {@code messageKey} is a translation key the upload screen shows. */
public class RosterFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    RosterFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    RosterFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = new Object[0];
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
