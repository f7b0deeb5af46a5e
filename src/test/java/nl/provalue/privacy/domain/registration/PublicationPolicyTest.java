package nl.provalue.privacy.domain.registration;

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

import org.junit.jupiter.api.Test;

import nl.provalue.privacy.domain.customer.ContactDetails;

import static nl.provalue.privacy.domain.registration.RegistrationField.*;

/**
 * P10: every seeded TLD rule (read from the migration that seeds them) against both holder kinds
 * and both consent states.
 */
public class PublicationPolicyTest {

    private static final Pattern INSERT = Pattern.compile(
            "INSERT INTO tld_publication_rule \\(tld, holder_kind, contact_role, field, publication\\) VALUES "
                    + "\\('([a-z]+)', '([A-Z_]+)', '([A-Z_]+)', '([A-Z_]+)', '([A-Z_]+)'\\);");

    private static final ContactDetails FULL = new ContactDetails("Pieter Bakker", "Bakkerij Bakker B.V.", "Markt 7",
            "5611 EB", "Eindhoven", "NL", "+31 40 244 18 30", "pieter@bakkerijbakker.nl");

    public static List<TldPublicationRule> seeded() {
        try (InputStream in = PublicationPolicyTest.class.getResourceAsStream("/db/migration/V3__whois_publication_rules.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<TldPublicationRule> rules = new ArrayList<>();
            Matcher m = INSERT.matcher(sql);
            while (m.find()) {
                rules.add(new TldPublicationRule(m.group(1), HolderKind.valueOf(m.group(2)), ContactRole.valueOf(m.group(3)),
                        RegistrationField.valueOf(m.group(4)), Publication.valueOf(m.group(5))));
            }
            return rules;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<RegistrationField> published(String tld, HolderKind kind, ContactRole role, boolean consent) {
        PublicationPolicy policy = new PublicationPolicy(seeded().stream().filter(r -> r.tld().equals(tld)).toList());
        DomainContact contact = new DomainContact(role, kind, FULL);
        contact.changeConsent(consent, null);
        return policy.expose(contact).stream().filter(FieldExposure::published).map(FieldExposure::field)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegistrationField.class)));
    }

    private static void expect(String tld, HolderKind kind, ContactRole role, Set<RegistrationField> withoutConsent,
                               Set<RegistrationField> withConsent) {
        assertEquals(withoutConsent, published(tld, kind, role, false), tld + " " + kind + " " + role + " without consent");
        assertEquals(withConsent, published(tld, kind, role, true), tld + " " + kind + " " + role + " with consent");
    }

    private static Set<RegistrationField> none() {
        return EnumSet.noneOf(RegistrationField.class);
    }

    @Test
    void p10_gTlds_followTheIcannRegistrationDataPolicy() {
        for (String tld : List.of("com", "net", "org")) {
            for (HolderKind kind : HolderKind.values()) {
                expect(tld, kind, ContactRole.REGISTRANT, EnumSet.of(ORGANISATION, COUNTRY), EnumSet.allOf(RegistrationField.class));
                expect(tld, kind, ContactRole.ADMINISTRATIVE, none(), none());
                expect(tld, kind, ContactRole.TECHNICAL, none(), EnumSet.of(NAME, PHONE, EMAIL));
            }
        }
    }

    @Test
    void p10_nl_privateRegistrantsShowOnlyTheAdminEmail_businessesTheirNameAndAddressByChoice() {
        expect("nl", HolderKind.NATURAL_PERSON, ContactRole.REGISTRANT, none(), none());
        expect("nl", HolderKind.NATURAL_PERSON, ContactRole.ADMINISTRATIVE, EnumSet.of(EMAIL), EnumSet.of(EMAIL));
        expect("nl", HolderKind.ORGANISATION, ContactRole.REGISTRANT, EnumSet.of(NAME, ORGANISATION),
                EnumSet.of(NAME, ORGANISATION, STREET, POSTAL_CODE, CITY, COUNTRY));
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
        expect("eu", HolderKind.ORGANISATION, ContactRole.REGISTRANT, EnumSet.of(ORGANISATION, COUNTRY, EMAIL),
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
    void p10_choiceExistsOnlyWhereARuleDependsOnConsent() {
        assertTrue(new PublicationPolicy(seeded().stream().filter(r -> r.tld().equals("nl")).toList())
                .allowsChoice(HolderKind.ORGANISATION, ContactRole.REGISTRANT));
        assertFalse(new PublicationPolicy(seeded().stream().filter(r -> r.tld().equals("nl")).toList())
                .allowsChoice(HolderKind.NATURAL_PERSON, ContactRole.REGISTRANT));
        assertFalse(new PublicationPolicy(seeded().stream().filter(r -> r.tld().equals("de")).toList())
                .allowsChoice(HolderKind.NATURAL_PERSON, ContactRole.REGISTRANT));
    }

    @Test
    void p10_emptyFieldsAreNeitherPublishedNorRedacted() {
        PublicationPolicy policy = new PublicationPolicy(seeded().stream().filter(r -> r.tld().equals("com")).toList());
        DomainContact contact = new DomainContact(ContactRole.REGISTRANT, HolderKind.NATURAL_PERSON,
                new ContactDetails("Jan Jansen", null, "Lindengracht 112", "1015 KK", "Amsterdam", "NL", null, "jan@example.nl"));
        FieldExposure org = policy.expose(contact).stream().filter(f -> f.field() == ORGANISATION).findFirst().orElseThrow();
        assertEquals(FieldExposure.Reason.EMPTY, org.reason());
        assertFalse(org.published());
    }
}
