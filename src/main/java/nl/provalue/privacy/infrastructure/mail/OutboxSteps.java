package nl.provalue.privacy.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.RetriedOnConflict;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.domain.notification.OutgoingMailRepository;

/**
 * Each step of dispatching one mail in a transaction of its own: the claim commits before the mail
 * server is called, so no transaction or row lock is held while it answers, and every outcome is
 * recorded for that one mail only.
 */
@RetriedOnConflict
@ApplicationScoped
public class OutboxSteps {

    /** What a claimed mail needs to be sent, read in the transaction that claimed it. */
    public record ClaimedMail(long id, String recipient, String subject, String body, int attemptsBefore) {}

    @Inject
    OutgoingMailRepository outbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int limit) {
        return outbox.dueIds(now, limit);
    }

    /** Empty when the mail is no longer due or another server claimed it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedMail> claim(long id, String holder, Instant now, Instant until) {
        if (!outbox.claim(id, holder, now, until)) {
            return Optional.empty();
        }
        return outbox.find(id).map(m -> new ClaimedMail(m.id(), m.recipient(), m.subject(), m.body(), m.attempts()));
    }

    /**
     * The server accepted the mail. Recorded even when this server's claim ran out meanwhile: the
     * mail did go out, and recording it keeps whoever claimed it since from sending it again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        outbox.find(id).filter(m -> !m.isSent() && !m.isGivenUp()).ifPresent(m -> m.markSent(at));
    }

    /**
     * The attempt failed. Recorded only while {@code holder} still has the claim: after another
     * server took the mail over, its attempt is the one that counts.
     *
     * @return the mail as recorded, empty when the claim had passed to another server
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> failed(long id, String holder, String error, Instant at) {
        return outbox.find(id)
                .filter(m -> m.isClaimedBy(holder) && !m.isSent() && !m.isGivenUp())
                .map(m -> {
                    m.markFailed(error, at);
                    return m;
                });
    }
}
