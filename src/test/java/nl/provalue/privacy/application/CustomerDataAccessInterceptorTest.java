package nl.provalue.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AccessPurpose;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** P12 in the service layer: staff reach customer data only with a reason, and each opening is recorded. */
class CustomerDataAccessInterceptorTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final List<AuditEvent> recorded = new ArrayList<>();
    private CustomerDataAccessInterceptor interceptor;
    private CurrentCaller.Identity who;
    private int proceeded;

    /** A use case of customer 42's data. */
    @SuppressWarnings("unused")
    public void profile(long customerId) {}

    @BeforeEach
    void setUp() {
        interceptor = new CustomerDataAccessInterceptor();
        interceptor.caller = new CurrentCaller() {
            @Override
            public Optional<Identity> identity() {
                return Optional.ofNullable(who);
            }
        };
        interceptor.staffReason = new StaffAccessReason();
        interceptor.openings = new StaffOpenings();
        interceptor.audit = new AuditTrail() {
            @Override
            public void record(AuditEvent event) {
                recorded.add(event);
            }
        };
        interceptor.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private Object call(long customerId) throws Exception {
        Method method = getClass().getMethod("profile", long.class);
        return interceptor.guard(new InvocationContext() {
            public Object getTarget() {
                return CustomerDataAccessInterceptorTest.this;
            }

            public Object getTimer() {
                return null;
            }

            public Method getMethod() {
                return method;
            }

            public Constructor<?> getConstructor() {
                return null;
            }

            public Object[] getParameters() {
                return new Object[] {customerId};
            }

            public void setParameters(Object[] params) {}

            public Map<String, Object> getContextData() {
                return Map.of();
            }

            public Object proceed() {
                proceeded++;
                return "data";
            }
        });
    }

    @Test
    void p12_staffWithoutAReasonReachNothing() {
        who = new CurrentCaller.Identity("ruud.smit", Role.STAFF, null, 2L);
        assertThrows(AccessDeniedException.class, () -> call(42));
        assertEquals(0, proceeded);
        assertEquals(0, recorded.size());
        assertThrows(AccessDeniedException.class, () -> interceptor.staffReason.declare(42, null), "no reason");
        assertThrows(
                AccessDeniedException.class, () -> interceptor.staffReason.declare(42, ""), "an empty reason is none");
    }

    @Test
    void p12_reasonForStaffAccess_theApiFollowsTheDesksRule() {
        who = new CurrentCaller.Identity("ruud.smit", Role.STAFF, null, 2L);
        for (String said : List.of(
                ".",
                " ",
                "\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B",
                "          x",
                "Klant: " + "x".repeat(500))) {
            assertThrows(PolicyViolationException.class, () -> interceptor.staffReason.declare(42, said), said);
            assertThrows(AccessDeniedException.class, () -> call(42), "a refused reason opens nothing");
        }
        assertEquals(0, proceeded);
        assertEquals(0, recorded.size());
    }

    @Test
    void p12_aReasonForTheRequestIsRecordedOncePerRequest_andItsRequestsInOneSignInAreOneOpening() throws Exception {
        who = new CurrentCaller.Identity("ruud.smit", Role.STAFF, null, 2L);
        interceptor.staffReason.declare(42, "Vraag over factuur");
        call(42);
        call(42);
        assertEquals(2, proceeded);
        assertEquals(1, recorded.size(), "once per request");
        AuditEvent first = recorded.get(0);
        assertEquals(AuditAction.STAFF_VIEWED_CUSTOMER_DATA, first.action());
        assertEquals("ruud.smit", first.actorUsername());
        assertEquals("Vraag over factuur", first.reason());
        assertEquals(AccessPurpose.OTHER, first.purpose());
        assertThrows(AccessDeniedException.class, () -> call(43), "the reason is for customer 42 only");

        // The next API request of the same sign-in with the same reason: another view, the same opening.
        interceptor.staffReason = new StaffAccessReason();
        interceptor.staffReason.declare(42, "Vraag over factuur");
        call(42);
        assertEquals(2, recorded.size());
        assertEquals(first.openingId(), recorded.get(1).openingId());
    }

    @Test
    void p12_everyRequestWithinADeskOpeningIsAViewOfThatOpening() throws Exception {
        who = new CurrentCaller.Identity("ruud.smit", Role.STAFF, null, 2L);
        StaffOpenings.Opening opening =
                StaffOpenings.Opening.start(43, AccessPurpose.CUSTOMER_QUESTION, null, "belt over verhuizing", NOW);
        interceptor.openings.opened(opening);
        for (int page = 0; page < 4; page++) {
            interceptor.staffReason = new StaffAccessReason();
            assertEquals("data", call(43));
            assertEquals("data", call(43));
        }
        assertEquals(4, recorded.size(), "one view per request, four pages");
        assertTrue(recorded.stream()
                .allMatch(e -> e.openingId().equals(opening.id())
                        && e.purpose() == AccessPurpose.CUSTOMER_QUESTION
                        && e.reason().equals("belt over verhuizing")));
        interceptor.openings.close(43);
        interceptor.staffReason = new StaffAccessReason();
        assertThrows(AccessDeniedException.class, () -> call(43));
    }

    @Test
    void aCustomerReachesOnlyTheirOwnData_othersAreNotFound() throws Exception {
        who = new CurrentCaller.Identity("jan.jansen", Role.CUSTOMER, 42L, null);
        assertEquals("data", call(42));
        assertThrows(NotFoundException.class, () -> call(43));
        assertEquals(0, recorded.size());
    }
}
