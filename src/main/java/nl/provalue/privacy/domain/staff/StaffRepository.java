package nl.provalue.privacy.domain.staff;

import java.util.Optional;

/** Staff members. */
public interface StaffRepository {

    Optional<StaffMember> find(long id);

    StaffMember add(StaffMember staffMember);
}
