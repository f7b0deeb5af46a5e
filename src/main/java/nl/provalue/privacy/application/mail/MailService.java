package nl.provalue.privacy.application.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    /** P5: a mailbox as the customer sees it. */
    public record MailboxView(long id, String address, List<MailProtocol> protocols, boolean pop3,
                              MailRetentionMode retentionMode, Integer keepDays, int messagesStored,
                              long bytesStored, Instant oldestMessageAt, Instant settingChangedAt) {
    }

    /** P4: one line of the mail log; never subject or content. */
    public record MailLogLine(long id, Instant sentAt, String sender, String recipient, long sizeBytes,
                              String status, Instant deletionDue) {
    }

    @Inject MailRepository mail;
    @Inject CurrentCaller caller;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    public List<MailboxView> mailboxes(long customerId) {
        return mail.mailboxesOf(customerId).stream().map(MailService::view).toList();
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
        Mailbox box = mail.mailboxOf(customerId, mailboxId).orElseThrow(() -> new NotFoundException("mailbox", mailboxId));
        Instant now = clock.instant();
        box.changeRetention(mode, keepDays, now);
        audit.record(new AuditEvent(now, who.username(), who.role(), AuditAction.MAIL_RETENTION_CHANGED, customerId,
                null, box.address() + ": " + mode + (keepDays == null || mode != MailRetentionMode.KEEP_COPY_DAYS
                ? "" : " " + keepDays + " days")));
        return view(box);
    }

    public List<MailLogLine> mailLog(long customerId, MailLogQuery query, int first, int limit) {
        return mail.searchLog(customerId, query, Math.max(0, first), Math.max(1, Math.min(500, limit))).stream()
                .map(MailService::line).toList();
    }

    public long countMailLog(long customerId, MailLogQuery query) {
        return mail.countLog(customerId, query);
    }

    public List<String> statuses(long customerId) {
        return mail.statusesOf(customerId);
    }

    private static MailboxView view(Mailbox m) {
        return new MailboxView(m.id(), m.address(), List.copyOf(m.protocols()), m.protocols().contains(MailProtocol.POP3),
                m.retentionMode(), m.keepDays(), m.messagesStored(), m.bytesStored(), m.oldestMessageAt(),
                m.settingChangedAt());
    }

    private static MailLogLine line(MailLogEntry e) {
        return new MailLogLine(e.id(), e.sentAt(), e.sender(), e.recipient(), e.sizeBytes(), e.status(), e.deletionDue());
    }
}
