package nl.provalue.privacy.infrastructure.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import nl.provalue.privacy.infrastructure.persistence.StartupState;

/** Ready only when the database answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaReady", state.isSchemaReady())
                    .withData("loginReady", state.isLoginReady());
            return response.status(valid && state.isSchemaReady() && state.isLoginReady()).build();
        } catch (SQLException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
