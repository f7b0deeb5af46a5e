package nl.provalue.privacy.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.provalue.privacy.infrastructure.startup.StartupState;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public readiness answer says whether the portal is up, never which database runs it. */
class DatabaseReadinessCheckTest {

    /** H2 names its exceptions after itself; the answer must not pass that on. */
    static class JdbcSQLNonTransientConnectionException extends SQLException {
        JdbcSQLNonTransientConnectionException() {
            super("Connection is broken: \"java.net.ConnectException: H2 2.3.232\"");
        }
    }

    @BeforeAll
    static void plainResponses() {
        // Outside Liberty there is no MicroProfile Health implementation; this one just keeps what it is given.
        HealthCheckResponse.setResponseProvider(Builder::new);
    }

    private static DatabaseReadinessCheck check(DataSource dataSource) {
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = dataSource;
        check.state = new StartupState() {
            @Override
            public boolean isSchemaReady() {
                return true;
            }
        };
        check.state.markLoginReady();
        return check;
    }

    private static DataSource mariaDb() {
        DatabaseMetaData meta = proxy(DatabaseMetaData.class, (name) -> switch (name) {
            case "getDatabaseProductName" -> "MariaDB";
            case "getDatabaseProductVersion" -> "10.11.6-MariaDB";
            case "getDriverName" -> "MariaDB Connector/J";
            case "getDriverVersion" -> "3.5.1";
            default -> null;
        });
        Connection connection = proxy(Connection.class, (name) -> switch (name) {
            case "isValid" -> true;
            case "getMetaData" -> meta;
            default -> null;
        });
        return proxy(DataSource.class, (name) -> "getConnection".equals(name) ? connection : null);
    }

    private interface Answers {
        Object to(String method);
    }

    private static <T> T proxy(Class<T> type, Answers answers) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> answers.to(method.getName())));
    }

    private static void namesNoProduct(HealthCheckResponse answer) {
        Map<String, Object> data = answer.getData().orElse(Map.of());
        assertFalse(data.containsKey("product"), data.toString());
        for (String product : new String[] {"MariaDB", "H2", "Jdbc", "10.11"}) {
            assertFalse(data.toString().contains(product), data.toString());
        }
    }

    @Test
    void healthDoesNotNameTheDatabaseProduct_whenUp() {
        HealthCheckResponse answer = check(mariaDb()).call();
        assertEquals("database", answer.getName());
        assertEquals(HealthCheckResponse.Status.UP, answer.getStatus());
        assertEquals(true, answer.getData().orElseThrow().get("loginReady"));
        assertEquals(true, answer.getData().orElseThrow().get("schemaReady"));
        namesNoProduct(answer);
    }

    @Test
    void healthDoesNotNameTheDatabaseProduct_whenDown() {
        DataSource failing = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, method, args) -> {
                    throw new JdbcSQLNonTransientConnectionException();
                });
        HealthCheckResponse answer = check(failing).call();
        assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
        namesNoProduct(answer);
    }

    /** Keeps name, status and data, as Liberty's builder does. */
    static final class Builder extends HealthCheckResponseBuilder {
        private String name;
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.UP;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(
                    name, status, data.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(data)));
        }
    }
}
