package nl.provalue.privacy.infrastructure.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.provalue.privacy.infrastructure.demo.DemoDataGenerator;
import nl.provalue.privacy.infrastructure.persistence.SchemaMigration;

/**
 * At application start: check the size settings, migrate and validate the schema, then load demo
 * data where wanted.
 * {@code PORTAL_DEMO_DATA=auto} (the default) loads it only on the embedded database;
 * {@code true} or {@code false} decide explicitly. Either way only into an empty database.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

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
    nl.provalue.privacy.infrastructure.retention.AccessLogSpacePurge accessLogBudgets;

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
        schema.migrateAndValidate();
        String setting = demoDataSetting == null ? "auto" : demoDataSetting.toString().trim().toLowerCase(Locale.ROOT);
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
        state.markSchemaReady();
        imports.closeRunsLeftOpen();
        imports.watch();
        retention.start();
        mailLogFollower.start();
        mailOutbox.start();
        warmUp.schedule();
    }

    private boolean isEmbeddedDatabase() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
