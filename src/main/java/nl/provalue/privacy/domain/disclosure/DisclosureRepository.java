package nl.provalue.privacy.domain.disclosure;

import java.time.LocalDate;
import java.util.List;

/** The register of lawful disclosure requests. */
public interface DisclosureRepository {

    /** Adds the request and gives it its register number, made from the database id: REG-yyyy-nnnnn. */
    DisclosureRequest add(DisclosureRequest request);

    List<DisclosureRequest> ofType(RequestType type, int max);

    java.util.Optional<DisclosureRequest> find(long id);

    /** P11: requests received on or after {@code from} and before {@code until}. */
    List<DisclosureRequest> receivedBetween(LocalDate from, LocalDate until);

    List<PublishedReport> publishedReports();

    java.util.Optional<PublishedReport> publishedReport(HalfYear period);

    void publish(PublishedReport report);

    /** Requests matching a text (number, authority, reference, scope), a status and a type; null matches all. */
    List<DisclosureRequest> search(String lowerCaseText, RequestStatus status, RequestType type);

    long countOpen();

    /** P9: requests about this customer that no secrecy order hides any more on {@code today}. */
    long countVisibleTo(long customerId, LocalDate today);

    /**
     * P9, P13: the requests about this customer that no secrecy order hides on {@code today},
     * newest first. Secrecy is applied here, in the query, so no screen, export or API can show more.
     */
    List<DisclosureRequest> visibleTo(long customerId, LocalDate today);
}
