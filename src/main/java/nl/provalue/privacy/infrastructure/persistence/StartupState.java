package nl.provalue.privacy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up (schema migration and validation, demo data) is done; readiness stays down until it is. */
@ApplicationScoped
public class StartupState {

    private volatile boolean schemaReady;

    public boolean isSchemaReady() {
        return schemaReady;
    }

    void markSchemaReady() {
        schemaReady = true;
    }
}
