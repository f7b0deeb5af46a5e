package nl.provalue.privacy.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.CustomerDataAccess;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.mail.MailLogEntry;
import nl.provalue.privacy.domain.mail.MailLogQuery;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.shared.KeysetScan;
import nl.provalue.privacy.domain.shared.LogPosition;
import nl.provalue.privacy.domain.shared.NotFoundException;

/**
 * P4, P5: a customer's mailboxes, what each keeps on the server and for how long, and the mail log
 * of their mailboxes and domains. Guarded like all customer data: a customer reaches only their own
 * mailboxes, staff only with a recorded reason; only the customer changes a setting.
 */
@ApplicationScoped
@CustomerDataAccess
@Transactional
public class MailService {

    /**
     * P5: a mailbox as the customer sees it.
     *
     * @param figures where the stored-mail figures come from
     * @param figuresAsOf when the mail server reported them (null for demo figures or none yet)
     * @param waitingToBeApplied a changed setting the mail server has not carried out yet
     * @param appliedAt when the mail server last carried out the setting (null: never)
     * @param removedWhenApplied how many messages that removed
     */
    public record MailboxView(
            long id,
            String address,
            List<MailProtocol> protocols,
            boolean pop3,
            MailRetentionMode retentionMode,
            Integer keepDays,
            int messagesStored,
            long bytesStored,
            Instant oldestMessageAt,
            Instant settingChangedAt,
            Figures figures,
            Instant figuresAsOf,
            boolean waitingToBeApplied,
            Instant appliedAt,
            Integer removedWhenApplied)
            implements Serializable {}

    /** Where the figures of what a mailbox holds come from. */
    public enum Figures {
        /** No mail server is connected: the embedded demo figures. */
        DEMO,
        /** Read from the mail server just now. */
        LIVE,
        /** The mail server did not answer (in time): the last figures it gave. */
        LAST_KNOWN,
        /** The mail server did not answer and never gave figures for this mailbox. */
        UNKNOWN
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MailService.class.getName());
    private final MailServerWatch watch = new MailServerWatch(LOG);

    /** P4: one line of the mail log; never subject or content. */
    public record MailLogLine(
            long id,
            Instant sentAt,
            String sender,
            String recipient,
            long sizeBytes,
            String status,
            Instant deletionDue)
            implements java.io.Serializable {}

    /**
     * A page of the mail log: its lines, and where the pages before and after it start (null
     * where there is none). {@code lookedTo} is set when a filter on mailbox or address looked at
     * its limit of lines without filling the page: the time of the last line it looked at.
     */
    public record MailLogPage(List<MailLogLine> lines, LogPosition before, LogPosition after, Instant lookedTo)
            implements java.io.Serializable {

        public boolean hasBefore() {
            return before != null;
        }

        public boolean hasAfter() {
            return after != null;
        }
    }

    /** How many lines a filter matches ({@code moreThanCount}: more than {@code matching}, which is then the cap). */
    public record MailLogCount(long matching, boolean moreThanCount) implements java.io.Serializable {}

    @Inject
    MailRepository mail;

    @Inject
    nl.provalue.privacy.domain.mail.MailStore store;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * P5: the customer's mailboxes with what the mail server holds in each, read live. A mail
     * server that does not answer within its timeout is not asked again for the other mailboxes
     * of this page: they show the last figures it gave, and say so. Never fails on the mail server.
     */
    public List<MailboxView> mailboxes(long customerId) {
        List<Mailbox> boxes = mail.mailboxesOf(customerId);
        if (!store.connected()) {
            return boxes.stream().map(m -> view(m, Figures.DEMO)).toList();
        }
        List<MailboxView> views = new java.util.ArrayList<>();
        boolean answering = true;
        for (Mailbox m : boxes) {
            Figures figures = m.statusAsOf() == null ? Figures.UNKNOWN : Figures.LAST_KNOWN;
            if (answering) {
                try {
                    m.recordStoredMail(store.status(m.address()), clock.instant());
                    watch.answered();
                    figures = Figures.LIVE;
                } catch (nl.provalue.privacy.domain.mail.MailStore.MailStoreUnavailable e) {
                    watch.didNotAnswer(m.address(), e.getMessage());
                    answering = false;
                } catch (nl.provalue.privacy.domain.mail.MailStore.UnknownMailbox e) {
                    LOG.warning(e.getMessage());
                }
            }
            views.add(view(m, figures));
        }
        return views;
    }

    /**
     * P5: the customer changes what happens to fetched mail in one of their mailboxes. Another
     * customer's mailbox is "not found", whatever its id.
     */
    public MailboxView changeRetention(long customerId, long mailboxId, MailRetentionMode mode, Integer keepDays) {
        CurrentCaller.Identity who = caller.identity().orElseThrow(() -> new AccessDeniedException("Not logged in"));
        if (who.role() != Role.CUSTOMER) {
            throw new AccessDeniedException("Only the customer changes how long their mail is kept");
        }
        Mailbox box =
                mail.mailboxOf(customerId, mailboxId).orElseThrow(() -> new NotFoundException("mailbox", mailboxId));
        Instant now = clock.instant();
        if (!box.changeRetention(mode, keepDays, now)) {
            return view(
                    box,
                    store.connected()
                            ? (box.statusAsOf() == null ? Figures.UNKNOWN : Figures.LAST_KNOWN)
                            : Figures.DEMO);
        }
        audit.record(new AuditEvent(
                now,
                who.username(),
                who.role(),
                AuditAction.MAIL_RETENTION_CHANGED,
                customerId,
                null,
                box.address() + ": " + mode
                        + (keepDays == null || mode != MailRetentionMode.KEEP_COPY_DAYS
                                ? ""
                                : " " + keepDays + " days")));
        return view(
                box,
                store.connected() ? (box.statusAsOf() == null ? Figures.UNKNOWN : Figures.LAST_KNOWN) : Figures.DEMO);
    }

    /** P4: one page of the mail log under the query's filter, by keyset, with whether there is a page before and after it. */
    public MailLogPage mailLogPage(long customerId, MailLogQuery query) {
        MailRepository.Scan scan = mail.logPage(customerId, query);
        KeysetScan<MailLogEntry> page = KeysetScan.of(
                scan.rows(),
                query.pageSize(),
                query.cursor(),
                query.backwards(),
                scan.lookedTo(),
                e -> new LogPosition(e.sentAt(), e.id()));
        return new MailLogPage(
                page.rows().stream().map(MailService::line).toList(),
                page.before(),
                page.after(),
                page.lookedTo() == null ? null : page.lookedTo().at());
    }

    /**
     * P4: how many lines the query's filter matches, up to {@link MailLogQuery#COUNT_CAP}. Under a
     * filter on mailbox or address only when the log (within the status and dates asked for) holds
     * no more than {@link KeysetScan#WINDOW} lines; otherwise empty, since counting such a filter
     * would read every line of the 28 days when few match.
     */
    public Optional<MailLogCount> mailLogCount(long customerId, MailLogQuery query) {
        if (query.filtered() && mail.hasMoreLinesThan(customerId, query, KeysetScan.WINDOW)) {
            return Optional.empty();
        }
        long matching = mail.countLogUpTo(customerId, query, MailLogQuery.COUNT_CAP + 1);
        return Optional.of(
                new MailLogCount(Math.min(matching, MailLogQuery.COUNT_CAP), matching > MailLogQuery.COUNT_CAP));
    }

    public List<String> statuses(long customerId) {
        return mail.statusesOf(customerId);
    }

    private MailboxView view(Mailbox m, Figures figures) {
        boolean connected = figures != Figures.DEMO;
        return new MailboxView(
                m.id(),
                m.address(),
                List.copyOf(m.protocols()),
                m.protocols().contains(MailProtocol.POP3),
                m.retentionMode(),
                m.keepDays(),
                m.messagesStored(),
                m.bytesStored(),
                m.oldestMessageAt(),
                m.settingChangedAt(),
                figures,
                connected ? m.statusAsOf() : null,
                connected && m.waitingToBeApplied(),
                connected ? m.retentionAppliedAt() : null,
                connected ? m.retentionRemoved() : null);
    }

    private static MailLogLine line(MailLogEntry e) {
        return new MailLogLine(
                e.id(), e.sentAt(), e.sender(), e.recipient(), e.sizeBytes(), e.status(), e.deletionDue());
    }
}
