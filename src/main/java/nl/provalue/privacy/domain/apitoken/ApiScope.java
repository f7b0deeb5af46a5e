package nl.provalue.privacy.domain.apitoken;

/**
 * What a key lets a system do. Each scope is also the security role the key's calls carry, so the
 * web descriptor names, per part of the API, which scopes reach it.
 */
public enum ApiScope {
    /** Uploading Postfix and web-server logs for import, and reading the import reports (P3, P4, P6). */
    LOG_IMPORT,
    /** Recording backups in the backup register and reading it (P7). */
    BACKUPS,
    /** Reading and putting what a customer has: contact details, domain names, mailboxes, websites (P1). */
    PROVISIONING;

    public static final String LOG_IMPORT_ROLE = "LOG_IMPORT";
    public static final String BACKUPS_ROLE = "BACKUPS";
    public static final String PROVISIONING_ROLE = "PROVISIONING";

    /** The security role of calls made with a key that has this scope. */
    public String roleName() {
        return name();
    }
}
