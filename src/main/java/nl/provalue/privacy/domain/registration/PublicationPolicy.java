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

    /**
     * Whether the customer has a choice for this contact: some field is published only with
     * consent, and the contact is the customer's. The technical contact is the provider's own
     * hostmaster: not the customer's to publish or withhold.
     */
    public boolean choiceAllowed(DomainContact contact) {
        return contact.role() != ContactRole.TECHNICAL && allowsChoice(contact.holderKind(), contact.role());
    }

    /** Whether some field is published only with consent for this kind of holder and role. */
    public boolean allowsChoice(HolderKind kind, ContactRole role) {
        for (RegistrationField f : RegistrationField.values()) {
            if (ruleFor(kind, role, f) == Publication.WITH_CONSENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every field of every contact of one domain. A field not shown for one contact whose same
     * value the record shows for another (the holder's e-mail address that is also the
     * administrative contact's) is marked so: the world sees that value all the same, and the
     * customer is told so rather than that it is hidden.
     */
    public Map<DomainContact, List<FieldExposure>> exposeAll(List<DomainContact> contacts) {
        Map<DomainContact, List<FieldExposure>> out = new java.util.LinkedHashMap<>();
        for (DomainContact c : contacts) {
            out.put(c, expose(c));
        }
        for (Map.Entry<DomainContact, List<FieldExposure>> e : out.entrySet()) {
            List<FieldExposure> fields = new ArrayList<>(e.getValue());
            for (int i = 0; i < fields.size(); i++) {
                FieldExposure f = fields.get(i);
                if (f.published() || f.value() == null) {
                    continue;
                }
                for (Map.Entry<DomainContact, List<FieldExposure>> other : out.entrySet()) {
                    if (other.getKey() != e.getKey()
                            && other.getValue().stream()
                                    .anyMatch(o -> o.field() == f.field()
                                            && o.published()
                                            && sameValue(o.value(), f.value()))) {
                        fields.set(i, f.alsoPublicAs(other.getKey().role()));
                        break;
                    }
                }
            }
            e.setValue(List.copyOf(fields));
        }
        return out;
    }

    private static boolean sameValue(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
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
                case ALWAYS ->
                    out.add(new FieldExposure(field, value, true, rule, FieldExposure.Reason.REGISTRY_PUBLISHES));
                case NEVER ->
                    out.add(new FieldExposure(field, value, false, rule, FieldExposure.Reason.REGISTRY_WITHHOLDS));
                case WITH_CONSENT ->
                    out.add(
                            !choiceAllowed(contact)
                                    ? new FieldExposure(
                                            field, value, false, rule, FieldExposure.Reason.PROVIDER_WITHHOLDS)
                                    : contact.publishConsent()
                                            ? new FieldExposure(
                                                    field, value, true, rule, FieldExposure.Reason.CONSENT_GIVEN)
                                            : new FieldExposure(
                                                    field, value, false, rule, FieldExposure.Reason.NO_CONSENT));
            }
        }
        return out;
    }
}
