package nl.provalue.privacy.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.provalue.privacy.domain.retention.DepartureStore;
import nl.provalue.privacy.domain.retention.RetentionRule;

/**
 * P8: the retention rule for customers who left, run like every other rule: a batch erases a few
 * customers whose contract has ended, then a few whose administration's period is over (see
 * {@link Departures}), after their access logs have gone a batch at a time. Counted in things
 * erased; each customer counts at least one, so a batch that erases nothing means nobody is due.
 */
@ApplicationScoped
public class DepartedCustomerErasure implements RetentionTask {

    /** Customers per batch: one customer may hold many domain names, mailboxes and websites. */
    static final int CUSTOMERS_PER_BATCH = 20;

    @Inject
    DepartureStore store;

    @Inject
    Departures departures;

    @Inject
    nl.provalue.privacy.domain.web.AccessLogStore accessLogs;

    @Override
    public RetentionRule rule() {
        return RetentionRule.DEPARTED_CUSTOMERS;
    }

    /** Two moments per customer (end of contract, end of administration): no single cutoff. */
    @Override
    public Instant cutoff(Instant now) {
        return null;
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        int customers = Math.min(limit, CUSTOMERS_PER_BATCH);
        int removed = 0;
        for (long id : store.dueAtEndOfContract(now, customers)) {
            // P6: a large access log goes a batch at a time first, so that no transaction holds
            // millions of rows; the customer's erasure follows once it is empty.
            removed += accessLogs.eraseOfCustomer(id, limit - removed);
            if (removed >= limit) {
                return removed;
            }
            removed += departures.eraseAtEndOfContract(id, now);
            if (removed >= limit) {
                return removed;
            }
        }
        for (long id : store.dueAtEndOfAdministration(now, customers)) {
            removed += departures.eraseAtEndOfAdministration(id, now);
        }
        return removed;
    }
}
