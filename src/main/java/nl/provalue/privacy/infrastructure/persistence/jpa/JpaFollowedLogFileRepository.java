package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.provalue.privacy.domain.importing.FollowedLogFile;
import nl.provalue.privacy.domain.importing.FollowedLogFileRepository;

@ApplicationScoped
public class JpaFollowedLogFileRepository implements FollowedLogFileRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public FollowedLogFile lock() {
        // SELECT ... FOR UPDATE; the migration made the row.
        FollowedLogFile row = em.find(FollowedLogFile.class, FollowedLogFile.THE_ONE, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("followed_log_file has no row " + FollowedLogFile.THE_ONE);
        }
        return row;
    }

    @Override
    public Optional<FollowedLogFile> find() {
        return Optional.ofNullable(em.find(FollowedLogFile.class, FollowedLogFile.THE_ONE));
    }
}
