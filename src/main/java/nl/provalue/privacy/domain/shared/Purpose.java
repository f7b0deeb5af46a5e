package nl.provalue.privacy.domain.shared;

/**
 * Why a piece of personal data is kept (P8). Profile data may only serve {@link #COMMUNICATION}
 * and {@link #ADMINISTRATION}; the logs name their own purposes (P3, P4, P6).
 */
public enum Purpose {
    /** P8: talking and writing to the customer. */
    COMMUNICATION,
    /** P8: the customer administration (contracts, invoices). */
    ADMINISTRATION,
    /** P3, P6: counting traffic against the plan's limit. */
    TRAFFIC_ACCOUNTING,
    /** P6: visitor statistics for the customer's website. */
    STATISTICS,
    /** P3, P4, P7: technical logs and backups for internal operations. */
    INTERNAL_OPERATIONS,
    /** P10: publication in WHOIS/RDAP as required by the registry. */
    DOMAIN_REGISTRATION,
    /** P11, P13: a disclosure the law requires. */
    LEGAL_OBLIGATION
}
