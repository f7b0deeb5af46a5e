package nl.provalue.privacy.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.provalue.privacy.application.NodeIdentity;
import nl.provalue.privacy.infrastructure.demo.DemoDataGenerator;
import nl.provalue.privacy.infrastructure.persistence.SchemaMigration;
import nl.provalue.privacy.infrastructure.persistence.StartupLease;

/**
 * At application start: check the size settings, migrate and validate the schema, then load demo
 * data where wanted (these two under the {@link StartupLease}, one server at a time).
 * {@code PORTAL_DEMO_DATA=auto} (the default) loads it only on the embedded database;
 * {@code true} or {@code false} decide explicitly. Either way only into an empty database.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());
    /** Renewed every 15 s while held; a server that dies holding it holds up the others for at most a minute. */
    private static final Duration LEASE_TERM = Duration.ofMinutes(1);

    private static final Duration LEASE_PATIENCE = Duration.ofMinutes(30);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService renewals;

    @Inject
    SchemaMigration schema;

    @Inject
    StartupState state;

    @Inject
    DemoDataGenerator demoData;

    @Inject
    nl.provalue.privacy.infrastructure.retention.RetentionScheduler retention;

    @Inject
    nl.provalue.privacy.infrastructure.importing.ImportRecovery imports;

    @Inject
    nl.provalue.privacy.infrastructure.importing.follow.MailLogFollowScheduler mailLogFollower;

    @Inject
    nl.provalue.privacy.infrastructure.startup.LoginWarmUp warmUp;

    @Inject
    nl.provalue.privacy.infrastructure.mail.OutboxDispatcher mailOutbox;

    @Inject
    nl.provalue.privacy.infrastructure.importing.ConfiguredImportSettings importSettings;

    @Inject
    nl.provalue.privacy.infrastructure.retention.AccessLogBudgetSettings accessLogBudgets;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** Liberty reads a JNDI entry's value as a literal: "true" arrives as a Boolean, "auto" as a String. */
    @Resource(lookup = "portal/demoData")
    Object demoDataSetting;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // A size setting that is not a size stops the start here, named in the message, instead of
        // failing the first upload or retention run later.
        importSettings.checkSettings();
        accessLogBudgets.checkSettings();
        // One server at a time migrates and loads the demo data, also on a Galera cluster.
        // The holder's name is this start's own: a restarted server is not its earlier self.
        StartupLease lease = new StartupLease(
                dataSource,
                NodeIdentity.id() + "/" + java.util.UUID.randomUUID(),
                LEASE_TERM,
                LEASE_PATIENCE,
                renewals,
                System::currentTimeMillis);
        lease.whileHeld(() -> {
            schema.migrateAndValidate(lease::checkHeld);
            loadDemoDataIfWanted();
            return null;
        });
        state.markSchemaReady();
        imports.closeRunsLeftOpen();
        imports.watch();
        retention.start();
        mailLogFollower.start();
        mailOutbox.start();
        warmUp.schedule();
    }

    private void loadDemoDataIfWanted() {
        String setting = demoDataSetting == null
                ? "auto"
                : demoDataSetting.toString().trim().toLowerCase(Locale.ROOT);
        boolean wanted = switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> isEmbeddedDatabase();
        };
        if (!wanted) {
            LOG.info("No demo data (PORTAL_DEMO_DATA=" + setting + ")");
        } else if (!demoData.generateIntoEmptyDatabase()) {
            LOG.info("The database already holds data: no demo data loaded");
        }
    }

    private boolean isEmbeddedDatabase() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
