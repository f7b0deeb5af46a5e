package nl.provalue.privacy.infrastructure.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.mail.MailLogRetention;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.domain.retention.RetentionRule;

/**
 * P4: deletes mail-log entries older than 28 days, oldest first, through the mail log's one writer
 * ({@link MailLogStore#removeSentBefore}), which locks only the rows it removes.
 */
@ApplicationScoped
public class MailLogPurge implements RetentionTask {

    @Inject
    MailLogStore store;

    @Override
    public RetentionRule rule() {
        return RetentionRule.MAIL_LOG;
    }

    @Override
    public Instant cutoff(Instant now) {
        return MailLogRetention.cutoff(now);
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        return store.removeSentBefore(cutoff(now), limit);
    }
}
