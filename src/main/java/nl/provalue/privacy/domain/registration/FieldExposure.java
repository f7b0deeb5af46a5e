package nl.provalue.privacy.domain.registration;

import java.io.Serializable;

/**
 * P10: one field of one contact as the world sees it.
 *
 * @param field     which field
 * @param value     the value on record (may be null)
 * @param published whether the public record shows it
 * @param rule      what the registry's rules say
 * @param reason    why it is shown or not
 * @param alsoPublicAs for a field not shown here: the contact whose same field, with the same
 *                  value, the public record does show (a holder's e-mail address that is also the
 *                  administrative contact's, say); null otherwise
 */
public record FieldExposure(
        RegistrationField field,
        String value,
        boolean published,
        Publication rule,
        Reason reason,
        ContactRole alsoPublicAs)
        implements Serializable {

    public FieldExposure(RegistrationField field, String value, boolean published, Publication rule, Reason reason) {
        this(field, value, published, rule, reason, null);
    }

    /** Not shown here, but the same value is public as another contact's. */
    public FieldExposure alsoPublicAs(ContactRole role) {
        return new FieldExposure(field, value, published, rule, reason, role);
    }

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
        /**
         * The provider's own contact (its hostmaster as technical contact): the registry would
         * publish it with consent, the provider does not give it, and the customer has no say.
         */
        PROVIDER_WITHHOLDS,
        /** Nothing on record. */
        EMPTY
    }
}
