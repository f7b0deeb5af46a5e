package nl.provalue.privacy.domain.retention;

/**
 * The retention rules the provider enforces by deleting data, each traceable to its clause of the
 * privacy policy. One job design runs them all (see the application's retention service): a run
 * removes what is due in small batches, can be interrupted and rerun, and holds a lease so that
 * only one server works on a rule at a time.
 */
public enum RetentionRule {
    /** P4: mail-log entries go 28 days after the mail was handled. */
    MAIL_LOG("P4"),
    /** P6: access logs are kept as long as their storage budget allows; the oldest go first. */
    ACCESS_LOG_SPACE("P6"),
    /** P7: backups are destroyed when they reach six months. */
    BACKUP_EXPIRY("P7"),
    /**
     * P3: the records behind signing in (attempts, sessions, one-time links, the portal's own sent
     * e-mails) are technical logs kept for internal operations, which also serve the account's
     * security; each goes after its period in {@code domain.account.SignInRecordRetention}.
     */
    SIGN_IN_RECORDS("P3"),
    /**
     * P5: the mail server carries out each mailbox's setting: POP3 copies kept for a number of
     * days go when they are older, fetched mail goes where it is deleted on fetch, and nothing goes
     * where mail is kept until the customer deletes it.
     */
    MAIL_RETENTION("P5"),
    /**
     * P4: uploaded raw log files go once their import no longer needs them: at once after a
     * successful import, after a limit after a failed one, a day after the server stopped while
     * receiving it when no import records it; see
     * {@code domain.importing.RawLogFileRetention}.
     */
    RAW_LOG_FILES("P4"),
    /**
     * P8: customers who left: what served only the service goes when the contract ends, what the
     * administration keeps goes when its seven years are over; see {@link Departure}.
     */
    DEPARTED_CUSTOMERS("P8");

    private final String policyId;

    RetentionRule(String policyId) {
        this.policyId = policyId;
    }

    public String policyId() {
        return policyId;
    }
}
