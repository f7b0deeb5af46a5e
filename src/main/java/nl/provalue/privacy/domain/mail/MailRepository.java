package nl.provalue.privacy.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mailboxes and the mail log. */
public interface MailRepository {

    Optional<Mailbox> findMailbox(long id);

    List<Mailbox> mailboxesOf(long customerId);

    long countMailboxesOf(long customerId);

    Mailbox add(Mailbox mailbox);

    void addLogEntry(MailLogEntry entry);

    Optional<Instant> oldestLogEntryOf(long customerId);

    /** P5: one of the customer's mailboxes; empty for an unknown id or another customer's mailbox. */
    Optional<Mailbox> mailboxOf(long customerId, long mailboxId);

    /**
     * P4: one page of the customer's mail log under the query's filter, from its cursor (keyset),
     * in the order shown; one row more than the page size when there is more beyond it.
     */
    List<MailLogEntry> logPage(long customerId, MailLogQuery query);

    /** How many lines the filter matches, counted no further than {@code cap}. */
    long countLogUpTo(long customerId, MailLogQuery query, long cap);

    /** The delivery statuses in the customer's mail log (for the filter). */
    List<String> statusesOf(long customerId);
}
