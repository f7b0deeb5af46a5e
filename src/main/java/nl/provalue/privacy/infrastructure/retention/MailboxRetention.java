package nl.provalue.privacy.infrastructure.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.mail.MailStore;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.retention.RetentionRule;

/**
 * P5: has the mail server carry out each mailbox's setting ({@link Mailbox#expunge()}), a batch of
 * mailboxes at a time, and records per mailbox when it was applied, how many messages went and
 * what the mailbox holds afterwards. A run visits each due mailbox once: those whose setting
 * removes anything, and those with a change not yet applied. Counted in mailboxes.
 *
 * <p>A mailbox the mail server does not know is passed over (and stays "waiting"); a mail server
 * that does not answer ends the run, and what was not applied is applied by the next run.
 */
@ApplicationScoped
public class MailboxRetention implements RetentionTask {

    private static final Logger LOG = Logger.getLogger(MailboxRetention.class.getName());
    /**
     * Each mailbox costs three requests to the mail server inside the batch's transaction: fewer
     * mailboxes per batch than rows of a table keep the transaction well inside its timeout.
     */
    static final int MAX_MAILBOXES_PER_BATCH = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MailStore store;

    @Inject
    Clock clock;

    @Override
    public RetentionRule rule() {
        return RetentionRule.MAIL_RETENTION;
    }

    @Override
    public boolean active() {
        return store.connected();
    }

    @Override
    public Instant cutoff(Instant now) {
        return null;
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT id FROM mailbox WHERE (retention_checked_at IS NULL OR retention_checked_at < ?1)"
                                + " AND (retention_mode <> 'KEEP_UNTIL_DELETED' OR (setting_changed_at IS NOT NULL"
                                + " AND (retention_applied_at IS NULL OR retention_applied_at < setting_changed_at)))"
                                + " ORDER BY id")
                .setParameter(1, now)
                .setMaxResults(Math.min(limit, MAX_MAILBOXES_PER_BATCH))
                .getResultList();
        int done = 0;
        for (Number id : ids) {
            Mailbox box = em.find(Mailbox.class, id.longValue());
            if (box == null) {
                continue;
            }
            try {
                int removed = store.expunge(box.address(), box.expunge());
                Instant applied = clock.instant();
                box.recordApplied(applied, removed);
                box.recordStoredMail(store.status(box.address()), applied);
            } catch (MailStore.UnknownMailbox e) {
                LOG.warning(e.getMessage() + "; its setting waits until the mail server has it");
            } catch (MailStore.MailStoreUnavailable e) {
                if (done == 0) {
                    throw e;
                }
                // Keep what this batch did; the next batch meets the same silence and ends the run.
                LOG.log(Level.WARNING, "Mail server stopped answering after " + done + " mailboxes", e);
                break;
            }
            em.createNativeQuery("UPDATE mailbox SET retention_checked_at = ?1 WHERE id = ?2")
                    .setParameter(1, now)
                    .setParameter(2, box.id())
                    .executeUpdate();
            done++;
        }
        return done;
    }
}
