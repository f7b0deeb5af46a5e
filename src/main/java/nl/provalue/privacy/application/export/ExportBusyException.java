package nl.provalue.privacy.application.export;

/** An export that was not started now: the customer's previous one still runs, or the server makes too many. */
public class ExportBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean ownExportRunning;

    public ExportBusyException(boolean ownExportRunning) {
        super(ownExportRunning ? "The customer's previous export is still being made" : "Too many exports at once");
        this.ownExportRunning = ownExportRunning;
    }

    /** True: the customer's own previous export still runs; false: the server is busy with others'. */
    public boolean ownExportRunning() {
        return ownExportRunning;
    }

    /** When to ask again, in seconds. */
    public int retryAfterSeconds() {
        return ownExportRunning ? 10 : 30;
    }
}
