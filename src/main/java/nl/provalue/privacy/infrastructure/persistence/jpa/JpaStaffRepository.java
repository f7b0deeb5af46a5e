package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.domain.staff.StaffRepository;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<StaffMember> find(long id) {
        return Optional.ofNullable(em.find(StaffMember.class, id));
    }

    @Override
    public StaffMember add(StaffMember staffMember) {
        em.persist(staffMember);
        return staffMember;
    }
}
