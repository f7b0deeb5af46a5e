package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByCustomer(long customerId) {
        return em.createQuery("select a from UserAccount a where a.customer.id = :customer", UserAccount.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public java.util.List<UserAccount> findByEmail(String email) {
        String lower = email.toLowerCase(java.util.Locale.ROOT);
        java.util.List<UserAccount> found = new java.util.ArrayList<>(em.createQuery(
                        "select a from UserAccount a join a.customer c where lower(c.contact.email) = :email",
                        UserAccount.class)
                .setParameter("email", lower)
                .setMaxResults(20)
                .getResultList());
        found.addAll(em.createQuery(
                        "select a from UserAccount a join a.staffMember s where lower(s.email) = :email",
                        UserAccount.class)
                .setParameter("email", lower)
                .setMaxResults(20)
                .getResultList());
        return found;
    }

    @Override
    public Optional<String> customerName(long customerId) {
        return em.createQuery("select c.contact.fullName from Customer c where c.id = :id", String.class)
                .setParameter("id", customerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<String> staffMemberName(long staffMemberId) {
        return em.createQuery("select s.fullName from StaffMember s where s.id = :id", String.class)
                .setParameter("id", staffMemberId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public java.util.Map<String, String> fullNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery(
                        "select a.username, s.fullName, c.contact.fullName from UserAccount a"
                                + " left join a.staffMember s left join a.customer c where a.username in :usernames",
                        Object[].class)
                .setParameter("usernames", java.util.Set.copyOf(usernames))
                .getResultList()) {
            Object name = row[1] != null ? row[1] : row[2];
            if (name != null) {
                names.put((String) row[0], (String) name);
            }
        }
        return names;
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }

    @Override
    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }
}
