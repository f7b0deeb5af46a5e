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

    /** Every request about this customer, newest first, whatever its secrecy: for the register only. */
    List<DisclosureRequest> about(long customerId);

    /** P9, P13: how many requests about this customer the customer may see on {@code today}. */
    default long countVisibleTo(long customerId, LocalDate today) {
        return visibleTo(customerId, today).size();
    }

    /**
     * P9, P11, P13: the requests about this customer the customer may see on {@code today}, newest
     * first. The rule is {@link DisclosureRequest#visibleToCustomer}, applied here and nowhere else,
     * so no screen, export or API can show more (a customer is concerned by few requests).
     */
    default List<DisclosureRequest> visibleTo(long customerId, LocalDate today) {
        return about(customerId).stream()
                .filter(r -> r.visibleToCustomer(today))
                .toList();
    }
}
