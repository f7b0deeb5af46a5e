package nl.provalue.privacy.application.importing;

/** An uploaded log is larger than the configured maximum; nothing of it was kept. */
public class LogTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public LogTooLargeException(long maxBytes) {
        super("A log file has at most " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
