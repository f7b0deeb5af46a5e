package nl.provalue.privacy.application.weblog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.provalue.privacy.domain.web.AccessLogStore;
import nl.provalue.privacy.domain.web.AccessLogStore.Line;
import nl.provalue.privacy.domain.web.AccessLogStore.Stored;

/**
 * P3, P6: how parsed access-log lines enter the portal, from an import's chunk or from the demo
 * data alike: per website, each line once (two lines of one batch with the same key are one line
 * read twice; repeated lines of a file have keys of their own), stored with their traffic per day and
 * their storage by the {@link AccessLogStore}, in the caller's transaction.
 */
@ApplicationScoped
public class AccessLogIntake {

    @Inject
    AccessLogStore store;

    /**
     * Stores the lines not stored before and counts them.
     *
     * @param importId the import they come from; null for lines of no import
     * @return the entries stored now and their traffic; the rest were there already
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored take(List<Line> lines, Long importId) {
        Map<Long, List<Line>> bySite = new LinkedHashMap<>();
        Map<Long, Set<Long>> keys = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.lineKey() == null
                    || keys.computeIfAbsent(line.websiteId(), k -> new HashSet<>())
                            .add(line.lineKey())) {
                bySite.computeIfAbsent(line.websiteId(), k -> new ArrayList<>()).add(line);
            }
        }
        Stored stored = new Stored(0, 0);
        for (Map.Entry<Long, List<Line>> site : bySite.entrySet()) {
            stored = stored.plus(store.append(site.getKey(), site.getValue(), importId));
        }
        return stored;
    }
}
