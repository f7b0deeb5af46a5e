package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.web.TrafficDay;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;

@ApplicationScoped
public class JpaWebsiteRepository implements WebsiteRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @jakarta.inject.Inject
    nl.provalue.privacy.domain.web.AccessLogStore accessLogs;

    @Override
    public Optional<Website> findByHostname(String hostname) {
        return em.createQuery("select w from Website w where w.hostname = :h", Website.class)
                .setParameter("h", hostname.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Website> all() {
        return em.createQuery("select w from Website w order by w.hostname", Website.class)
                .getResultList();
    }

    @Override
    public Optional<Website> find(long id) {
        return Optional.ofNullable(em.find(Website.class, id));
    }

    @Override
    public List<Website> ofCustomer(long customerId) {
        return em.createNamedQuery("Website.byCustomer", Website.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public long countOfCustomer(long customerId) {
        return em.createNamedQuery("Website.countByCustomer", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public Website add(Website website) {
        em.persist(website);
        return website;
    }

    @Override
    public java.util.Set<String> existingHostnames(java.util.Collection<String> hostnames) {
        return hostnames.isEmpty()
                ? java.util.Set.of()
                : new java.util.HashSet<>(
                        em.createQuery("select w.hostname from Website w where w.hostname in :names", String.class)
                                .setParameter("names", hostnames)
                                .getResultList());
    }

    @Override
    public void remove(Website website) {
        // The log, its counters and usage go through their one writer.
        accessLogs.forgetWebsite(website.id());
        em.createNativeQuery("update import_run set website_id = null where website_id = ?1")
                .setParameter(1, website.id())
                .executeUpdate();
        em.remove(website);
    }

    @Override
    public List<TrafficDay> trafficBetween(Collection<Long> websiteIds, LocalDate from, LocalDate toInclusive) {
        if (websiteIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("TrafficDay.bySitesBetween", TrafficDay.class)
                .setParameter("websiteIds", websiteIds)
                .setParameter("from", from)
                .setParameter("to", toInclusive)
                .getResultList();
    }

    @Override
    public long requestsSince(long websiteId, LocalDate from) {
        return em.createQuery(
                        "select coalesce(sum(t.requests), 0) from TrafficDay t where t.website.id = :websiteId"
                                + " and t.date >= :from",
                        Long.class)
                .setParameter("websiteId", websiteId)
                .setParameter("from", from)
                .getSingleResult();
    }

    @Override
    public Optional<LogUsage> logUsage(long websiteId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT entries, stored_bytes, oldest_at FROM access_log_usage" + " WHERE website_id = ?1")
                .setParameter(1, websiteId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new LogUsage(
                websiteId,
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                nl.provalue.privacy.infrastructure.persistence.SqlTime.fromResult(r[2])));
    }

    @Override
    public List<Website> page(int first, int limit) {
        return em.createQuery("select w from Website w order by w.hostname", Website.class)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(w) from Website w", Long.class).getSingleResult();
    }

    @Override
    public List<LogRemoval> removalsOf(long websiteId, int limit) {
        List<?> rows = em.createNativeQuery(
                        "SELECT removed_at, reason, entries, stored_bytes, oldest_removed,"
                                + " newest_removed FROM access_log_removal WHERE website_id = ?1 ORDER BY removed_at DESC, id DESC")
                .setParameter(1, websiteId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(a -> new LogRemoval(
                        websiteId,
                        nl.provalue.privacy.infrastructure.persistence.SqlTime.fromResult(a[0]),
                        (String) a[1],
                        ((Number) a[2]).longValue(),
                        ((Number) a[3]).longValue(),
                        nl.provalue.privacy.infrastructure.persistence.SqlTime.fromResult(a[4]),
                        nl.provalue.privacy.infrastructure.persistence.SqlTime.fromResult(a[5])))
                .toList();
    }
}
