package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Whether the database takes MariaDB's index hints ({@code force index}). MariaDB answers a
 * keyset page over one customer's or site's rows with a "ref" access on the owner alone and reads
 * every row before the cursor; naming the (owner, time, id) index makes it a range scan that
 * starts at the cursor. The embedded H2 of the demo has no such hints and needs none.
 */
final class IndexHints {

    private static volatile Boolean supported;

    private IndexHints() {}

    static boolean supported(EntityManager em) {
        Boolean hints = supported;
        if (hints == null) {
            Dialect dialect = em.getEntityManagerFactory()
                    .unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices()
                    .getDialect();
            hints = dialect instanceof MySQLDialect;
            supported = hints;
        }
        return hints;
    }
}
