package nl.provalue.privacy.application.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.domain.disclosure.Attachment;
import nl.provalue.privacy.domain.disclosure.AttachmentStore;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.HashChain;
import nl.provalue.privacy.domain.disclosure.RegisterChainRepository;
import nl.provalue.privacy.domain.disclosure.RegisterEvent;
import nl.provalue.privacy.domain.disclosure.RegisterEventType;
import nl.provalue.privacy.domain.disclosure.RegisterHead;

/**
 * P11: appends to and verifies the register's hash chain. Every change to a request goes through
 * {@link #append}, in the same transaction as the change.
 */
@ApplicationScoped
public class RegisterLedger {

    @Inject
    RegisterChainRepository chain;

    @Inject
    AttachmentStore attachments;

    @Inject
    Clock clock;

    @Transactional
    public RegisterEvent append(DisclosureRequest request, RegisterEventType type, String actor) {
        RegisterHead head = chain.lockHead();
        RegisterEvent event = new RegisterEvent(
                head.lastSeq() + 1,
                request.id(),
                type,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor,
                HashChain.snapshot(
                        request,
                        attachments.of(request.id()).stream()
                                .map(Attachment::fingerprint)
                                .toList()),
                head.lastHash());
        chain.append(event);
        head.advanceTo(event);
        return event;
    }

    @Transactional
    public HashChain.Verification verify() {
        List<DisclosureRequest> requests = chain.allRequests();
        Map<Long, String> snapshots = new LinkedHashMap<>();
        // Documents are hashed again from their stored bytes, so a replaced document is found too.
        Map<Long, List<String>> documents = attachments.recomputedFingerprints();
        requests.forEach(r -> snapshots.put(r.id(), HashChain.snapshot(r, documents.getOrDefault(r.id(), List.of()))));
        RegisterHead head = chain.head();
        return HashChain.verify(chain.events(), head.lastSeq(), head.lastHash(), snapshots);
    }

    @Transactional
    public List<RegisterEvent> historyOf(long requestId) {
        return chain.eventsOf(requestId);
    }
}
