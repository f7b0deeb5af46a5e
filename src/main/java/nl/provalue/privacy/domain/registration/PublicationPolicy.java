package nl.provalue.privacy.domain.registration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * P10: applies a TLD's publication rules to a domain contact. The public record, the preview in the
 * portal and the RDAP service all come from here, so they cannot disagree.
 */
public final class PublicationPolicy {

    private final Map<HolderKind, Map<ContactRole, Map<RegistrationField, Publication>>> rules =
            new EnumMap<>(HolderKind.class);

    public PublicationPolicy(List<TldPublicationRule> tldRules) {
        for (TldPublicationRule r : tldRules) {
            rules.computeIfAbsent(r.holderKind(), k -> new EnumMap<>(ContactRole.class))
                    .computeIfAbsent(r.role(), k -> new EnumMap<>(RegistrationField.class))
                    .put(r.field(), r.publication());
        }
    }

    public Publication ruleFor(HolderKind kind, ContactRole role, RegistrationField field) {
        return rules.getOrDefault(kind, Map.of()).getOrDefault(role, Map.of()).getOrDefault(field, Publication.NEVER);
    }

    /** Whether the customer has a choice for this contact: some field is published only with consent. */
    public boolean allowsChoice(HolderKind kind, ContactRole role) {
        for (RegistrationField f : RegistrationField.values()) {
            if (ruleFor(kind, role, f) == Publication.WITH_CONSENT) {
                return true;
            }
        }
        return false;
    }

    /** Every field of the contact, published or not, with the reason. */
    public List<FieldExposure> expose(DomainContact contact) {
        List<FieldExposure> out = new ArrayList<>();
        for (RegistrationField field : RegistrationField.values()) {
            String value = field.valueIn(contact.details());
            Publication rule = ruleFor(contact.holderKind(), contact.role(), field);
            if (value == null || value.isBlank()) {
                out.add(new FieldExposure(field, null, false, rule, FieldExposure.Reason.EMPTY));
                continue;
            }
            switch (rule) {
                case ALWAYS -> out.add(new FieldExposure(field, value, true, rule, FieldExposure.Reason.REGISTRY_PUBLISHES));
                case NEVER -> out.add(new FieldExposure(field, value, false, rule, FieldExposure.Reason.REGISTRY_WITHHOLDS));
                case WITH_CONSENT -> out.add(contact.publishConsent()
                        ? new FieldExposure(field, value, true, rule, FieldExposure.Reason.CONSENT_GIVEN)
                        : new FieldExposure(field, value, false, rule, FieldExposure.Reason.NO_CONSENT));
            }
        }
        return out;
    }
}
