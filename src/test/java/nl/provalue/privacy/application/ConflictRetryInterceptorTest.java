package nl.provalue.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Write conflicts of a Galera cluster (the loser of two commits to the same row gets a deadlock
 * error) are run again, whole; nothing else is, and nothing that joined a caller's transaction.
 */
class ConflictRetryInterceptorTest {

    /** As Galera answers the commit that lost certification. */
    private static SQLException lostCertification() {
        return new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    }

    @Test
    void aDeadlockAnywhereInTheCausesIsAWriteConflict() {
        assertTrue(ConflictRetryInterceptor.isWriteConflict(lostCertification()));
        assertTrue(ConflictRetryInterceptor.isWriteConflict(
                new TransactionalException("commit", new RuntimeException("flush", lostCertification()))));
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new SQLException("wrapped", "HY000", 0, lostCertification()));
        assertTrue(ConflictRetryInterceptor.isWriteConflict(atCommit));
        SQLException chained = new SQLException("batch", "HY000", 0);
        chained.setNextException(new SQLException("Deadlock", null, 1213));
        assertTrue(ConflictRetryInterceptor.isWriteConflict(chained), "a batch's next exception counts");
        RuntimeException suppressed = new RuntimeException("close failed");
        suppressed.addSuppressed(lostCertification());
        assertTrue(ConflictRetryInterceptor.isWriteConflict(suppressed));
    }

    @Test
    void otherFailuresAreNoWriteConflict() {
        assertFalse(ConflictRetryInterceptor.isWriteConflict(
                new SQLIntegrityConstraintViolationException("dup", "23000", 1062)));
        assertFalse(ConflictRetryInterceptor.isWriteConflict(new IllegalArgumentException("bad input")));
        assertFalse(ConflictRetryInterceptor.isWriteConflict(new SQLException("gone", "08S01", 0)));
    }

    @Test
    void aWriteConflictIsRunAgainUntilItSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Object result = interceptor(Status.STATUS_NO_TRANSACTION)
                .retry(context(Service.class.getMethod("append"), new Object[0], () -> {
                    if (calls.incrementAndGet() < 3) {
                        throw new TransactionalException("commit", lostCertification());
                    }
                    return "REG-2026-0042";
                }));
        assertEquals("REG-2026-0042", result);
        assertEquals(3, calls.get());
    }

    @Test
    void afterFiveConflictsTheLastOneIsThrown() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TransactionalException last = new TransactionalException("commit", lostCertification());
        TransactionalException thrown = assertThrows(
                TransactionalException.class,
                () -> interceptor(Status.STATUS_NO_TRANSACTION)
                        .retry(context(Service.class.getMethod("append"), new Object[0], () -> {
                            calls.incrementAndGet();
                            throw last;
                        })));
        assertSame(last, thrown);
        assertEquals(ConflictRetryInterceptor.ATTEMPTS, calls.get());
    }

    @Test
    void otherFailuresAreThrownAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(
                IllegalArgumentException.class,
                () -> interceptor(Status.STATUS_NO_TRANSACTION)
                        .retry(context(Service.class.getMethod("append"), new Object[0], () -> {
                            calls.incrementAndGet();
                            throw new IllegalArgumentException("bad input");
                        })));
        assertEquals(1, calls.get());
    }

    @Test
    void aCallInsideItsCallersTransactionIsLeftToTheCaller() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(
                TransactionalException.class,
                () -> interceptor(Status.STATUS_ACTIVE)
                        .retry(context(Service.class.getMethod("append"), new Object[0], () -> {
                            calls.incrementAndGet();
                            throw new TransactionalException("commit", lostCertification());
                        })));
        assertEquals(1, calls.get(), "the caller's transaction is already lost; only the caller can run it again");
    }

    @Test
    void aTransactionOfItsOwnIsRunAgainEvenInsideAnother() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        interceptor(Status.STATUS_ACTIVE).retry(context(Service.class.getMethod("lease"), new Object[0], () -> {
            if (calls.incrementAndGet() < 2) {
                throw new TransactionalException("commit", lostCertification());
            }
            return true;
        }));
        assertEquals(2, calls.get());
    }

    @Test
    void aCallWithAStreamIsNeverRunAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Object[] args = {new ByteArrayInputStream(new byte[] {1})};
        assertThrows(
                TransactionalException.class,
                () -> interceptor(Status.STATUS_NO_TRANSACTION)
                        .retry(context(Service.class.getMethod("attach", java.io.InputStream.class), args, () -> {
                            calls.incrementAndGet();
                            throw new TransactionalException("commit", lostCertification());
                        })));
        assertEquals(1, calls.get(), "the stream was read by the first attempt");
    }

    /** Stands in for the use cases. */
    public static class Service {
        @Transactional
        public String append() {
            return null;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean lease() {
            return true;
        }

        @Transactional
        public void attach(java.io.InputStream content) {}
    }

    private interface Body {
        Object run() throws Exception;
    }

    private static ConflictRetryInterceptor interceptor(int status) {
        ConflictRetryInterceptor interceptor = new ConflictRetryInterceptor();
        interceptor.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                ConflictRetryInterceptorTest.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, a) -> {
                    if (method.getName().equals("getTransactionStatus")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return interceptor;
    }

    private static InvocationContext context(Method method, Object[] parameters, Body body) {
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return parameters;
            }

            @Override
            public void setParameters(Object[] params) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object proceed() throws Exception {
                return body.run();
            }
        };
    }
}
