package nl.provalue.privacy.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether start-up (schema migration and validation, demo data, the login form's warm-up) is done;
 * readiness stays down until it is.
 */
@ApplicationScoped
public class StartupState {

    private volatile boolean schemaReady;

    public boolean isSchemaReady() {
        return schemaReady;
    }

    void markSchemaReady() {
        schemaReady = true;
    }

    private volatile boolean loginReady;

    /** The login form answers scripts too (see {@code LoginWarmUp}). */
    public boolean isLoginReady() {
        return loginReady;
    }

    public void markLoginReady() {
        loginReady = true;
    }
}
