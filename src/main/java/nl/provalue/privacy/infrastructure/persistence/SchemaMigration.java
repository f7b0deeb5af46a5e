package nl.provalue.privacy.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema to the latest version with the Flyway migrations in {@code db/migration}
 * (on H2 and MariaDB alike; the empty {@code flyway.location} files let Flyway find its folders
 * ({@code db/migration}, {@code db/callback}) inside a Liberty application), then has Hibernate validate the entity mappings against it.
 * Several servers starting at once migrate one after the other ({@link StartupLease}).
 */
@ApplicationScoped
public class SchemaMigration {

    private static final String HISTORY = "flyway_schema_history";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    /**
     * Run by one server at a time ({@link StartupLease}). The lease's own table is there before the
     * first migration, so Flyway would take the schema for a foreign one; an empty schema is therefore
     * recognised here and given a baseline at version 0, after which every migration runs. A schema
     * with tables but no migration history is refused, as Flyway itself would.
     */
    public void migrateAndValidate(Runnable beforeEachMigration) {
        boolean empty = isEmptyButForTheLease(dataSource);
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(empty)
                .baselineVersion("0")
                .baselineDescription("empty schema")
                .callbacks(new BeforeEachMigration(beforeEachMigration))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database);
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        LOG.info("Entity mappings validated against the schema");
    }

    /** Whether the schema holds no table but the lease's; refuses one with tables but no migration history. */
    static boolean isEmptyButForTheLease(DataSource dataSource) {
        boolean history = false;
        boolean others = false;
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                history |= table.equals(HISTORY);
                others |= !table.equals(HISTORY) && !table.equals(StartupLease.TABLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema's tables", e);
        }
        if (others && !history) {
            throw new IllegalStateException("The database holds tables but no migration history (" + HISTORY
                    + "): it is not the portal's database");
        }
        return !others && !history;
    }

    /** Runs a check before each migration (that this server still holds the start-up lease). */
    private record BeforeEachMigration(Runnable check) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            check.run();
        }

        @Override
        public String getCallbackName() {
            return "start-up lease held";
        }
    }
}
