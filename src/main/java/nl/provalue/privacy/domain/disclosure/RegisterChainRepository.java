package nl.provalue.privacy.domain.disclosure;

import java.util.List;

/** P11: storage of the register's hash chain. */
public interface RegisterChainRepository {

    /** The head, locked until the transaction ends, so that appends from several servers take turns. */
    RegisterHead lockHead();

    RegisterHead head();

    void append(RegisterEvent event);

    /** All events in sequence order. */
    List<RegisterEvent> events();

    List<RegisterEvent> eventsOf(long requestId);

    /** Every request in the register, for verification. */
    List<DisclosureRequest> allRequests();
}
