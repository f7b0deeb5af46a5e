package nl.provalue.privacy.domain.audit;

/** What was done; P12: every staff view of a customer's data is one of these. */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    STAFF_VIEWED_CUSTOMER_DATA,
    CONTACT_DETAILS_CORRECTED,
    PERSONAL_DATA_RECORDED,
    MAIL_RETENTION_CHANGED,
    DISCLOSURE_REGISTERED,
    DISCLOSURE_DECIDED,
    DATA_EXPORTED,
    WHOIS_CONSENT_CHANGED,
    TLD_RULE_CHANGED,
    LOG_IMPORT_STARTED,
    RETENTION_RUN_STARTED,
    LOG_BUDGET_CHANGED,
    BACKUP_REGISTERED,
    PAPER_RECORD_CHANGED,
    RIGHTS_REQUEST_CHANGED,
    PASSWORD_CHANGED,
    SECOND_FACTOR_CHANGED,
    SESSION_ENDED,
    LOGIN_CREATED,
    PASSWORD_LINK_SENT,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    /** A call of the API by one of the provider's systems, with its key. */
    API_CALL,
    /** The provider's customer system put a customer's state: created, or with the changes counted. */
    CUSTOMER_PROVISIONED
}
