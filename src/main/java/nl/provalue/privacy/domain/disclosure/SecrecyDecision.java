package nl.provalue.privacy.domain.disclosure;

/**
 * P9, P11, P13: what a reviewer decided about telling the customers concerned. Until a decision
 * is taken nobody outside the register may see the request: an order may forbid telling the
 * customer (a tip-off), and only the reviewer reads the order.
 */
public enum SecrecyDecision {
    /** Registered, the reviewer has not yet decided; hidden from the customers concerned. */
    PENDING,
    /** No secrecy: the customers concerned may see the request. */
    NONE,
    /** Secret until and including {@link DisclosureRequest#secrecyUntil()}, as the order says. */
    SECRET_UNTIL,
    /**
     * Registered before secrecy needed a decision: the request keeps the secrecy date set on it
     * then (none, or until that day). Only the schema migration gives this value.
     */
    SET_BEFORE_REVIEW;

    public boolean isDecided() {
        return this != PENDING;
    }
}
