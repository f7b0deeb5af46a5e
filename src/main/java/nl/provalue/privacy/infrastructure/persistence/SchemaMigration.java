package nl.provalue.privacy.infrastructure.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema to the latest version with the Flyway migrations in {@code db/migration}
 * (on H2 and MariaDB alike; the empty {@code flyway.location} files let Flyway find its folders
 * ({@code db/migration}, {@code db/callback}) inside a Liberty application), then has Hibernate validate the entity mappings against it.
 * Flyway's lock table makes concurrent starts of several servers safe.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    public void migrateAndValidate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database);
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        LOG.info("Entity mappings validated against the schema");
    }
}
