package nl.provalue.privacy.domain.disclosure;

import java.time.LocalDate;

/** The register of lawful disclosure requests. */
public interface DisclosureRepository {

    DisclosureRequest add(DisclosureRequest request);

    long countOpen();

    /** P9: requests about this customer that no secrecy order hides any more on {@code today}. */
    long countVisibleTo(long customerId, LocalDate today);
}
