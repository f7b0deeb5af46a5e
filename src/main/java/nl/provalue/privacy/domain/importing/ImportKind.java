package nl.provalue.privacy.domain.importing;

/** The server logs the portal imports. */
public enum ImportKind {
    /** P4: Postfix mail logs become mail-log entries. */
    POSTFIX,
    /** P3, P6: web-server access logs become access-log entries and traffic counters. */
    ACCESS_LOG
}
