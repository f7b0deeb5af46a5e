package nl.provalue.privacy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the schema has been migrated and validated; readiness stays down until it has. */
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
