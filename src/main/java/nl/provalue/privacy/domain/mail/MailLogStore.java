package nl.provalue.privacy.domain.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * P4: the only writer of the mail log. An import, the demo data and the 28-day purge all go
 * through it, so what is stored, skipped as stored already and removed is decided in one place.
 */
public interface MailLogStore {

    /**
     * One delivery as Postfix logged it, and the customer it belongs to (null: nobody here).
     *
     * @param status Postfix's status word ({@code sent}, {@code bounced}, ...), at most {@value #STATUS_LENGTH} characters
     */
    record Delivery(
            Long customerId,
            String queueId,
            String sender,
            String recipient,
            long sizeBytes,
            Instant sentAt,
            String status) {

        public Delivery {
            if (status == null || status.isEmpty() || status.length() > STATUS_LENGTH) {
                throw new IllegalArgumentException("Not a delivery status: " + status);
            }
        }

        public Delivery ofCustomer(Long customer) {
            return new Delivery(customer, queueId, sender, recipient, sizeBytes, sentAt, status);
        }

        /** The same delivery: one queue id, recipient and moment. */
        public Key key() {
            return new Key(queueId, recipient, sentAt);
        }
    }

    /** What makes a delivery the same one: stored once, however often its log is imported. */
    record Key(String queueId, String recipient, Instant sentAt) {}

    /** The longest status the mail log holds. */
    int STATUS_LENGTH = 20;

    /**
     * @param entries how many of the deliveries went in (the rest were stored already)
     * @param bytes   the sizes of those that went in, where every delivery of a part went in
     */
    record Stored(long entries, long bytes) {}

    /** Stores the deliveries not stored yet, skipping those already there; in the caller's transaction. */
    Stored append(List<Delivery> deliveries);

    /** Which customer has each of these mailboxes (addresses in lower case); others are left out. */
    Map<String, Long> mailboxOwners(Collection<String> addresses);

    /** Which customer has each of these domain names; others are left out. */
    Map<String, Long> domainOwners(Collection<String> domains);

    /** P4: removes at most {@code limit} entries sent before the cutoff, oldest first; returns how many. */
    int removeSentBefore(Instant cutoff, int limit);
}
