package nl.provalue.privacy.application.importing;

/**
 * An uploaded log that is not taken, and why; nothing of it was kept. An argument error, so the API
 * answers 400 with the message; the screens name the reason in the person's language.
 */
public class LogRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a log was not taken. */
    public enum Reason {
        /** The file holds no bytes at all. */
        EMPTY,
        /** The file name is longer than {@link ImportService#MAX_FILE_NAME} characters. */
        NAME_TOO_LONG
    }

    private final Reason reason;

    public LogRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
