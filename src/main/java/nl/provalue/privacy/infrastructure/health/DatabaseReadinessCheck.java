package nl.provalue.privacy.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.provalue.privacy.infrastructure.startup.StartupState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and the schema has been migrated. The answer is public, so
 * it says whether things are up, never which database product or driver runs underneath; why a
 * connection failed is logged (Liberty logs the data source's own errors too), not answered.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("schemaReady", state.isSchemaReady()).withData("loginReady", state.isLoginReady());
            return response.status(valid && state.isSchemaReady() && state.isLoginReady())
                    .build();
        } catch (SQLException e) {
            // FINE: load balancers ask every few seconds, and the data source has already said why.
            LOG.log(Level.FINE, "Readiness: no connection to the database", e);
            return response.withData("error", "no connection").down().build();
        }
    }
}
