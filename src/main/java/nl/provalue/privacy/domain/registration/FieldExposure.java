package nl.provalue.privacy.domain.registration;

/**
 * P10: one field of one contact as the world sees it.
 *
 * @param field     which field
 * @param value     the value on record (may be null)
 * @param published whether the public record shows it
 * @param rule      what the registry's rules say
 * @param reason    why it is shown or not
 */
public record FieldExposure(RegistrationField field, String value, boolean published, Publication rule, Reason reason) {

    /** Why a field is or is not public. */
    public enum Reason {
        /** The registry always publishes it. */
        REGISTRY_PUBLISHES,
        /** The registry never publishes it. */
        REGISTRY_WITHHOLDS,
        /** Published because the customer consented. */
        CONSENT_GIVEN,
        /** Withheld because the customer did not consent. */
        NO_CONSENT,
        /** Nothing on record. */
        EMPTY
    }
}
