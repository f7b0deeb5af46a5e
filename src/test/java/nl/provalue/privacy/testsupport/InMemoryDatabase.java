package nl.provalue.privacy.testsupport;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * The portal's schema for a unit test that runs JPA queries without a container: the real
 * migrations on an in-memory H2 in MariaDB mode, and Hibernate over it for the entities the test
 * names. {@code -D<prefix>.url=jdbc:mariadb://127.0.0.1:3306/<empty database>} (with
 * {@code <prefix>.user}, {@code <prefix>.password}) runs the same test against MariaDB.
 */
public final class InMemoryDatabase implements AutoCloseable {

    private final SessionFactory factory;

    private InMemoryDatabase(SessionFactory factory) {
        this.factory = factory;
    }

    /**
     * Migrates the database and starts Hibernate over it, validating the entities' mapping against
     * the schema as the portal does at start-up.
     *
     * @param prefix   of the system properties that point the test at another database
     * @param name     of the in-memory database, so that tests do not share their rows
     * @param entities the mapped classes the test uses
     */
    public static InMemoryDatabase migrated(String prefix, String name, Class<?>... entities) {
        // DB_CLOSE_DELAY keeps the schema between connections; the other settings make H2 compare,
        // name and order as MariaDB does.
        String url = System.getProperty(
                prefix + ".url",
                "jdbc:h2:mem:" + name
                        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        String user = System.getProperty(prefix + ".user", "sa");
        String password = System.getProperty(prefix + ".password", "");
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        // The settings of persistence.xml that decide how instants are stored, and Hibernate's
        // validation of the mapping as at the portal's start.
        return new InMemoryDatabase(configuration
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                // No JSON or XML columns here; in the server the providers exist, outside it only their APIs.
                .setProperty("hibernate.type.json_format_mapper", NoFormatMapper.class.getName())
                .setProperty("hibernate.type.xml_format_mapper", NoFormatMapper.class.getName())
                .buildSessionFactory());
    }

    /** Runs the work in a transaction of its own, committed when it returns and rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
