package nl.provalue.privacy.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.Test;

class ImportRecoveryTest {

    @Test
    void theLookAfterRunningImportsAndWaitingResumesStopWithTheApplication() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        pool.setRemoveOnCancelPolicy(true);
        try {
            ImportRecovery recovery = new ImportRecovery();
            recovery.settings = new ConfiguredImportSettings();
            recovery.settings.takeoverSetting = "3600";
            recovery.executor = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {ManagedScheduledExecutorService.class},
                    (proxy, method, args) -> {
                        try {
                            return method.invoke(pool, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });

            recovery.watch();
            recovery.resumeAfterWriteConflict(7);
            assertEquals(2, pool.getQueue().size(), "scheduled");

            recovery.stop();
            assertTrue(pool.getQueue().isEmpty(), "still scheduled after the application stopped");
        } finally {
            pool.shutdownNow();
        }
    }
}
