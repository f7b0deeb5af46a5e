package nl.provalue.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.provalue.privacy.application.MyDataViews.StaffAccess;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AccessPurpose;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** P12: views of a customer's data group into openings, and the customer reads their purpose as a label. */
class StaffOpeningsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void p12_viewsForOneCustomerPurposeAndRequestInOneSignInAreOneOpening() {
        StaffOpenings openings = new StaffOpenings();
        StaffOpenings.Opening first =
                openings.within(7, AccessPurpose.RIGHTS_REQUEST, "RECTIFICATION", null, "rights request 2", NOW);
        for (int view = 1; view < 4; view++) {
            assertEquals(
                    first,
                    openings.within(
                            7,
                            AccessPurpose.RIGHTS_REQUEST,
                            "RECTIFICATION",
                            null,
                            "rights request 2",
                            NOW.plusSeconds(view * 10L)),
                    "view " + view);
        }
        assertNotEquals(
                first.id(),
                openings.within(7, AccessPurpose.RIGHTS_REQUEST, "RECTIFICATION", null, "rights request 3", NOW)
                        .id(),
                "another request is another opening");
        assertNotEquals(
                first.id(),
                openings.within(8, AccessPurpose.RIGHTS_REQUEST, "RECTIFICATION", null, "rights request 2", NOW)
                        .id(),
                "another customer is another opening");
        assertNotEquals(
                first.id(),
                new StaffOpenings()
                        .within(7, AccessPurpose.RIGHTS_REQUEST, "RECTIFICATION", null, "rights request 2", NOW)
                        .id(),
                "another sign-in is another opening");
        openings.close(7);
        assertNotEquals(
                first.id(),
                openings.within(7, AccessPurpose.RIGHTS_REQUEST, "RECTIFICATION", null, "rights request 2", NOW)
                        .id(),
                "closing ends it");
    }

    @Test
    void p12_aDeskOpeningLastsUntilItIsClosed() {
        StaffOpenings openings = new StaffOpenings();
        StaffOpenings.Opening opening =
                StaffOpenings.Opening.start(7, AccessPurpose.BILLING, null, "factuur klopt niet", NOW);
        openings.opened(opening);
        assertEquals(opening, openings.of(7).orElseThrow());
        assertTrue(openings.of(8).isEmpty());
        openings.close(7);
        assertTrue(openings.of(7).isEmpty());
    }

    @Test
    void p12_theCustomerReadsThePurposeAsALabel_aRightsRequestNamesItsKind() {
        assertEquals(
                "staffviews.purpose.CUSTOMER_QUESTION",
                access(AccessPurpose.CUSTOMER_QUESTION, null).purposeKey());
        assertEquals(
                "staffviews.purpose.RIGHTS_REQUEST.ACCESS",
                access(AccessPurpose.RIGHTS_REQUEST, "ACCESS").purposeKey());
        assertEquals(
                "staffviews.purpose.RIGHTS_REQUEST",
                access(AccessPurpose.RIGHTS_REQUEST, null).purposeKey());
        assertEquals(
                "staffviews.purpose.RIGHTS_REQUEST",
                access(AccessPurpose.RIGHTS_REQUEST, "GARBLED").purposeKey(),
                "never a key without a text");
        assertEquals(
                "staffviews.purpose.OTHER",
                access(AccessPurpose.OTHER, "ACCESS").purposeKey());
    }

    @Test
    void p12_everyPurposeHasALabelInDutchAndEnglish() {
        for (String language : java.util.List.of("nl", "en")) {
            java.util.ResourceBundle bundle =
                    java.util.ResourceBundle.getBundle("messages", java.util.Locale.forLanguageTag(language));
            for (AccessPurpose purpose : AccessPurpose.values()) {
                assertTrue(bundle.containsKey(access(purpose, null).purposeKey()), language + " " + purpose);
            }
            for (var type : nl.provalue.privacy.domain.rights.RightsRequestType.values()) {
                String label = bundle.getString(
                        access(AccessPurpose.RIGHTS_REQUEST, type.name()).purposeKey());
                assertTrue(!label.contains(type.name()) && !label.contains("_"), label);
            }
        }
        assertEquals(
                "Uw verzoek (inzage) afhandelen",
                java.util.ResourceBundle.getBundle("messages", java.util.Locale.forLanguageTag("nl"))
                        .getString("staffviews.purpose.RIGHTS_REQUEST.ACCESS"));
        assertEquals(
                "Vraag van u",
                java.util.ResourceBundle.getBundle("messages", java.util.Locale.forLanguageTag("nl"))
                        .getString("staffviews.purpose.CUSTOMER_QUESTION"));
    }

    @Test
    void p12_aStaffViewAlwaysBelongsToAnOpeningWithAPurpose() {
        AuditEvent view = AuditEvent.staffView(
                NOW, "eva.visser", 7, "o-1", AccessPurpose.TECHNICAL_SUPPORT, null, "mail komt niet aan", "profile");
        assertEquals(AuditAction.STAFF_VIEWED_CUSTOMER_DATA, view.action());
        assertEquals(Role.STAFF, view.actorRole());
        assertEquals("o-1", view.openingId());
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditEvent.staffView(
                        NOW, "eva.visser", 7, null, AccessPurpose.BILLING, null, "factuur klopt niet", "profile"));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditEvent.staffView(NOW, "eva.visser", 7, "o-1", null, null, "factuur klopt niet", "profile"));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditEvent.staffView(NOW, "eva.visser", 7, "o-1", AccessPurpose.BILLING, null, " ", "profile"),
                "words or what it concerns");
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuditEvent(
                        NOW,
                        "eva.visser",
                        Role.STAFF,
                        AuditAction.STAFF_VIEWED_CUSTOMER_DATA,
                        7L,
                        "factuur",
                        "profile"),
                "not without an opening");
    }

    private static StaffAccess access(AccessPurpose purpose, String detail) {
        return new StaffAccess(1, NOW, "Eva Visser", purpose, detail, "tekst", NOW, 1);
    }
}
