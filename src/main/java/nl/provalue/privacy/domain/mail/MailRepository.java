package nl.provalue.privacy.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.provalue.privacy.domain.shared.LogPosition;

/** Mailboxes and the mail log. */
public interface MailRepository {

    List<Mailbox> mailboxesOf(long customerId);

    long countMailboxesOf(long customerId);

    Mailbox add(Mailbox mailbox);

    /** The mailbox with this (lower-case) address, whoever has it. */
    Optional<Mailbox> mailboxByAddress(String address);

    /** Which of these addresses are mailboxes here already, in one read. */
    java.util.Set<String> existingMailboxes(java.util.Collection<String> addresses);

    /** P5: a mailbox the customer no longer has (its mail log stays, under P4). */
    void remove(Mailbox mailbox);

    Optional<Instant> oldestLogEntryOf(long customerId);

    /** P5: one of the customer's mailboxes; empty for an unknown id or another customer's mailbox. */
    Optional<Mailbox> mailboxOf(long customerId, long mailboxId);

    /**
     * P4: one page of the customer's mail log under the query's filter, from its cursor (keyset),
     * in the order shown; one row more than the page size when there is more beyond it. A
     * {@linkplain MailLogQuery#filtered() filtered} query looks at no more than
     * {@link nl.provalue.privacy.domain.shared.KeysetScan#WINDOW} lines from its cursor.
     */
    Scan logPage(long customerId, MailLogQuery query);

    /**
     * P4: every line of the customer's mail log, oldest first, in one read: each line is handed
     * over as it arrives and not kept. The consumer must not use the database while the lines come in.
     */
    void eachLogLine(long customerId, Consumer<StoredMailLine> each);

    /**
     * @param rows     the rows found, in the order shown
     * @param lookedTo the last line looked at when the window ended before the log did, else null
     */
    record Scan(List<MailLogEntry> rows, LogPosition lookedTo) {
        public Scan {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Whether there are more than {@code lines} lines under the part of the query's filter that the
     * indexes follow (customer, status, dates), read off the index alone.
     */
    boolean hasMoreLinesThan(long customerId, MailLogQuery query, int lines);

    /** How many lines the filter matches, counted no further than {@code cap}. */
    long countLogUpTo(long customerId, MailLogQuery query, long cap);

    /** The delivery statuses in the customer's mail log (for the filter). */
    List<String> statusesOf(long customerId);
}
