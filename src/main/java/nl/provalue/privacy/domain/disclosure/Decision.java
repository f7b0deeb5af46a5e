package nl.provalue.privacy.domain.disclosure;

/** P11: what was decided on a request; kept after the status moves on to hand-over and closing. */
public enum Decision {
    APPROVED_IN_FULL,
    APPROVED_IN_PART,
    REFUSED
}
