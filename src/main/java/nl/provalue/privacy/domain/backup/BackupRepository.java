package nl.provalue.privacy.domain.backup;

import java.util.List;

/** The backup register. */
public interface BackupRepository {

    Backup add(Backup backup);

    List<Backup> ofCustomer(long customerId);

    long countLiveOfCustomer(long customerId);

    /** The register, the latest recorded first, a page at a time (staff). */
    List<Backup> recent(int first, int limit);

    long count();

    /** One backup of the register (staff). */
    java.util.Optional<Backup> find(long id);
}
