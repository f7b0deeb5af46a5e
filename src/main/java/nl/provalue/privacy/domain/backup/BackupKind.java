package nl.provalue.privacy.domain.backup;

/** P7: what a backup holds. */
public enum BackupKind {
    HOMEPAGE,
    LOGS,
    MAIL
}
