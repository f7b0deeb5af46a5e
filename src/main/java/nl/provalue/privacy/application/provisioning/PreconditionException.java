package nl.provalue.privacy.application.provisioning;

/**
 * A put whose version condition does not hold: the customer changed since the caller read it
 * (412), or a change was sent without saying which version it changes (428, RFC 6585 §3).
 */
public class PreconditionException extends RuntimeException {

    /** Which condition failed. */
    public enum Kind {
        FAILED,
        REQUIRED
    }

    private final Kind kind;
    private final String currentTag;

    public PreconditionException(Kind kind, String message, String currentTag) {
        super(message);
        this.kind = kind;
        this.currentTag = currentTag;
    }

    public Kind kind() {
        return kind;
    }

    /** The version the portal holds now, or null when there is no such customer. */
    public String currentTag() {
        return currentTag;
    }
}
