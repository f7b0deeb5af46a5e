package nl.provalue.privacy.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: every mail the portal sends itself. Due means what {@link OutgoingMail#isDue} says,
 * and a mail claimed by a server until a moment after {@code now} is left to that server.
 */
public interface OutgoingMailRepository {

    OutgoingMail add(OutgoingMail mail);

    Optional<OutgoingMail> find(long id);

    /** Due mails nobody holds a claim on, the longest waiting first. */
    List<Long> dueIds(Instant now, int limit);

    /**
     * Claims one due, unclaimed mail for {@code holder} until {@code until}, in a single conditional
     * update so that of several servers trying at once exactly one succeeds.
     *
     * @return whether this holder now has the claim
     */
    boolean claim(long id, String holder, Instant now, Instant until);
}
