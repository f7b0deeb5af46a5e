package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Statement;
import nl.provalue.privacy.application.export.SnapshotReads;
import org.hibernate.Session;

/**
 * On MariaDB: {@code SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY} on the
 * transaction's connection before it has read anything, which applies to that one transaction
 * only (the data source's own level, read committed, stays for every other). InnoDB's repeatable
 * read takes its snapshot at the first read. The embedded H2 of the demo keeps its own level.
 */
@ApplicationScoped
public class JpaSnapshotReads implements SnapshotReads {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void startReadOnlySnapshot() {
        if (!IndexHints.supported(em)) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        });
    }
}
