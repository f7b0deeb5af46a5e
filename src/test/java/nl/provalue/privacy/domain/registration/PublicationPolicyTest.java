package nl.provalue.privacy.domain.registration;

import static nl.provalue.privacy.domain.registration.RegistrationField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.provalue.privacy.domain.customer.ContactDetails;
import org.junit.jupiter.api.Test;

/**
 * P10: every seeded TLD rule (read from the migration that seeds them) against both holder kinds
 * and both consent states.
 */
public class PublicationPolicyTest {

    private static final Pattern INSERT = Pattern.compile(
            "INSERT INTO tld_publication_rule \\(tld, holder_kind, contact_role, field, publication\\) VALUES "
                    + "\\('([a-z]+)', '([A-Z_]+)', '([A-Z_]+)', '([A-Z_]+)', '([A-Z_]+)'\\);");

    private static final Pattern DELETE = Pattern.compile(
            "DELETE FROM tld_publication_rule\\s+WHERE tld = '([a-z]+)' AND holder_kind = '([A-Z_]+)' AND contact_role = '([A-Z_]+)' AND field = '([A-Z_]+)';");

    private static final ContactDetails FULL = new ContactDetails(
            "Pieter Bakker",
            "Bakkerij Bakker B.V.",
            "Markt 7",
            "5611 EB",
            "Eindhoven",
            "NL",
            "+31 40 244 18 30",
            "pieter@bakkerijbakker.nl");

    public static List<TldPublicationRule> seeded() {
        try (InputStream in = PublicationPolicyTest.class.getResourceAsStream(
                        "/db/migration/V3__whois_publication_rules.sql");
                InputStream v19 = PublicationPolicyTest.class.getResourceAsStream(
                        "/db/migration/V19__nl_business_registrant_name.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<TldPublicationRule> rules = new ArrayList<>();
            Matcher m = INSERT.matcher(sql);
            while (m.find()) {
                rules.add(new TldPublicationRule(
                        m.group(1),
                        HolderKind.valueOf(m.group(2)),
                        ContactRole.valueOf(m.group(3)),
                        RegistrationField.valueOf(m.group(4)),
                        Publication.valueOf(m.group(5))));
            }
            // The later migrations that remove a rule.
            Matcher d = DELETE.matcher(new String(v19.readAllBytes(), StandardCharsets.UTF_8));
            while (d.find()) {
                String tld = d.group(1);
                HolderKind kind = HolderKind.valueOf(d.group(2));
                ContactRole role = ContactRole.valueOf(d.group(3));
                RegistrationField field = RegistrationField.valueOf(d.group(4));
                rules.removeIf(
                        r -> r.tld().equals(tld) && r.holderKind() == kind && r.role() == role && r.field() == field);
            }
            return rules;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<RegistrationField> published(String tld, HolderKind kind, ContactRole role, boolean consent) {
        PublicationPolicy policy = new PublicationPolicy(
                seeded().stream().filter(r -> r.tld().equals(tld)).toList());
        DomainContact contact = new DomainContact(role, kind, FULL);
        contact.changeConsent(consent, null);
        return policy.expose(contact).stream()
                .filter(FieldExposure::published)
                .map(FieldExposure::field)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegistrationField.class)));
    }

    private static void expect(
            String tld,
            HolderKind kind,
            ContactRole role,
            Set<RegistrationField> withoutConsent,
            Set<RegistrationField> withConsent) {
        assertEquals(
                withoutConsent, published(tld, kind, role, false), tld + " " + kind + " " + role + " without consent");
        assertEquals(withConsent, published(tld, kind, role, true), tld + " " + kind + " " + role + " with consent");
    }

    private static Set<RegistrationField> none() {
        return EnumSet.noneOf(RegistrationField.class);
    }

    @Test
    void p10_gTlds_followTheIcannRegistrationDataPolicy() {
        for (String tld : List.of("com", "net", "org")) {
            for (HolderKind kind : HolderKind.values()) {
                expect(
                        tld,
                        kind,
                        ContactRole.REGISTRANT,
                        EnumSet.of(ORGANISATION, COUNTRY),
                        EnumSet.allOf(RegistrationField.class));
                expect(tld, kind, ContactRole.ADMINISTRATIVE, none(), none());
                // ICANN would publish the technical contact with its consent; that contact is the
                // provider's own hostmaster, which gives none.
                expect(tld, kind, ContactRole.TECHNICAL, none(), none());
            }
        }
    }

    @Test
    void p10_nl_privateRegistrantsShowOnlyTheAdminEmail_businessesTheirNameAndAddressByChoice() {
        expect("nl", HolderKind.NATURAL_PERSON, ContactRole.REGISTRANT, none(), none());
        expect("nl", HolderKind.NATURAL_PERSON, ContactRole.ADMINISTRATIVE, EnumSet.of(EMAIL), EnumSet.of(EMAIL));
        // "Its name" in SIDN's rule is the business's name: the organisation, never its contact person.
        expect(
                "nl",
                HolderKind.ORGANISATION,
                ContactRole.REGISTRANT,
                EnumSet.of(ORGANISATION),
                EnumSet.of(ORGANISATION, STREET, POSTAL_CODE, CITY, COUNTRY));
        expect("nl", HolderKind.ORGANISATION, ContactRole.ADMINISTRATIVE, EnumSet.of(EMAIL), EnumSet.of(EMAIL));
        for (HolderKind kind : HolderKind.values()) {
            expect("nl", kind, ContactRole.TECHNICAL, none(), none());
        }
    }

    @Test
    void p10_eu_hidesIndividuals_showsOrganisations() {
        for (ContactRole role : ContactRole.values()) {
            expect("eu", HolderKind.NATURAL_PERSON, role, none(), none());
        }
        expect(
                "eu",
                HolderKind.ORGANISATION,
                ContactRole.REGISTRANT,
                EnumSet.of(ORGANISATION, COUNTRY, EMAIL),
                EnumSet.of(ORGANISATION, COUNTRY, EMAIL));
    }

    @Test
    void p10_be_hidesIndividuals_showsOrganisationsWithoutThePersonBehindThem() {
        for (ContactRole role : ContactRole.values()) {
            expect("be", HolderKind.NATURAL_PERSON, role, none(), none());
        }
        Set<RegistrationField> org = EnumSet.of(ORGANISATION, STREET, POSTAL_CODE, CITY, COUNTRY, PHONE);
        expect("be", HolderKind.ORGANISATION, ContactRole.REGISTRANT, org, org);
    }

    @Test
    void p10_de_andUnknownTlds_publishNothing() {
        for (String tld : List.of("de", "xyz")) {
            for (HolderKind kind : HolderKind.values()) {
                for (ContactRole role : ContactRole.values()) {
                    expect(tld, kind, role, none(), none());
                }
            }
        }
    }

    @Test
    void p10_theProvidersOwnTechnicalContactIsWithheldByTheProvider_notForLackOfTheCustomersConsent() {
        PublicationPolicy com = new PublicationPolicy(
                seeded().stream().filter(r -> r.tld().equals("com")).toList());
        DomainContact tech = new DomainContact(ContactRole.TECHNICAL, HolderKind.ORGANISATION, FULL);
        assertFalse(com.choiceAllowed(tech));
        for (FieldExposure f : com.expose(tech)) {
            if (f.rule() == Publication.WITH_CONSENT) {
                assertFalse(f.published(), f.toString());
                assertEquals(FieldExposure.Reason.PROVIDER_WITHHOLDS, f.reason(), f.toString());
            } else {
                assertTrue(f.reason() != FieldExposure.Reason.NO_CONSENT, f.toString());
            }
        }
        DomainContact registrant = new DomainContact(ContactRole.REGISTRANT, HolderKind.NATURAL_PERSON, FULL);
        assertTrue(com.choiceAllowed(registrant));
        assertTrue(com.expose(registrant).stream().anyMatch(f -> f.reason() == FieldExposure.Reason.NO_CONSENT));
    }

    @Test
    void p10_aHiddenValueThatIsPublicForAnotherContactIsNamedSo() {
        PublicationPolicy nl = new PublicationPolicy(
                seeded().stream().filter(r -> r.tld().equals("nl")).toList());
        DomainContact registrant = new DomainContact(ContactRole.REGISTRANT, HolderKind.NATURAL_PERSON, FULL);
        DomainContact admin = new DomainContact(ContactRole.ADMINISTRATIVE, HolderKind.NATURAL_PERSON, FULL);
        var all = nl.exposeAll(List.of(registrant, admin));
        FieldExposure holderEmail = all.get(registrant).stream()
                .filter(f -> f.field() == EMAIL)
                .findFirst()
                .orElseThrow();
        assertFalse(holderEmail.published(), "not in the holder's part of the record");
        assertEquals(ContactRole.ADMINISTRATIVE, holderEmail.alsoPublicAs(), "but public all the same");
        FieldExposure holderName = all.get(registrant).stream()
                .filter(f -> f.field() == NAME)
                .findFirst()
                .orElseThrow();
        assertEquals(null, holderName.alsoPublicAs(), "the name is public nowhere");
        DomainContact otherAdmin = new DomainContact(
                ContactRole.ADMINISTRATIVE,
                HolderKind.NATURAL_PERSON,
                new ContactDetails(
                        "Pieter Bakker",
                        null,
                        "Markt 7",
                        "5611 EB",
                        "Eindhoven",
                        "NL",
                        "+31 40 244 18 30",
                        "beheer@bakkerijbakker.nl"));
        assertEquals(
                null,
                nl.exposeAll(List.of(registrant, otherAdmin)).get(registrant).stream()
                        .filter(f -> f.field() == EMAIL)
                        .findFirst()
                        .orElseThrow()
                        .alsoPublicAs(),
                "another address says nothing");
    }

    @Test
    void p10_choiceExistsOnlyWhereARuleDependsOnConsent() {
        assertTrue(new PublicationPolicy(
                        seeded().stream().filter(r -> r.tld().equals("nl")).toList())
                .allowsChoice(HolderKind.ORGANISATION, ContactRole.REGISTRANT));
        assertFalse(new PublicationPolicy(
                        seeded().stream().filter(r -> r.tld().equals("nl")).toList())
                .allowsChoice(HolderKind.NATURAL_PERSON, ContactRole.REGISTRANT));
        assertFalse(new PublicationPolicy(
                        seeded().stream().filter(r -> r.tld().equals("de")).toList())
                .allowsChoice(HolderKind.NATURAL_PERSON, ContactRole.REGISTRANT));
    }

    @Test
    void p10_emptyFieldsAreNeitherPublishedNorRedacted() {
        PublicationPolicy policy = new PublicationPolicy(
                seeded().stream().filter(r -> r.tld().equals("com")).toList());
        DomainContact contact = new DomainContact(
                ContactRole.REGISTRANT,
                HolderKind.NATURAL_PERSON,
                new ContactDetails(
                        "Jan Jansen", null, "Lindengracht 112", "1015 KK", "Amsterdam", "NL", null, "jan@example.nl"));
        FieldExposure org = policy.expose(contact).stream()
                .filter(f -> f.field() == ORGANISATION)
                .findFirst()
                .orElseThrow();
        assertEquals(FieldExposure.Reason.EMPTY, org.reason());
        assertFalse(org.published());
    }
}
