package nl.provalue.privacy.infrastructure.importing.postfix;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery attempt of one message to one recipient, joined from the queue manager's
 * {@code from=} line and a delivery agent's {@code to=} line.
 *
 * @param queueId   the Postfix queue id
 * @param sender    the envelope sender, lower case; {@code "<>"} for bounces
 * @param recipient the recipient, lower case
 * @param sizeBytes the message size
 * @param at        the time of the delivery line
 * @param status    sent, deferred, bounced, expired, ...
 */
public record MailDelivery(String queueId, String sender, String recipient, long sizeBytes, Instant at, String status) {

    public MailDelivery {
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
    }
}
