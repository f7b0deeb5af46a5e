package nl.provalue.privacy.infrastructure.persistence.jpa;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
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
