package nl.provalue.privacy.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a {@link RetriedOnConflict} use case again when its transaction was thrown away for a write
 * conflict, at most {@value #ATTEMPTS} times in all, after a short random pause that grows with each
 * attempt (so that two servers that collided do not collide again). It wraps the transaction
 * (it runs before {@code @Transactional}'s interceptor), and runs again only what it can run whole:
 * a call that joined a caller's transaction is left to that caller (unless it has a transaction of
 * its own, {@code REQUIRES_NEW}), and a call that reads or writes a stream is never repeated, since
 * the stream is spent.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class.getName());
    /** SQL state of a transaction rolled back by the database (serialization failure, deadlock). */
    private static final String ROLLED_BACK = "40001";
    /** MariaDB's error for a deadlock, which Galera also gives a transaction that lost certification. */
    private static final int DEADLOCK = 1213;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext ctx) throws Exception {
        if (!ownsItsTransaction(ctx.getMethod(), transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION)
                || usesStreams(ctx.getParameters())) {
            return ctx.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return ctx.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !isWriteConflict(e)) {
                    throw e;
                }
                int attemptDone = attempt;
                LOG.info(() -> ctx.getMethod().getDeclaringClass().getSimpleName() + "."
                        + ctx.getMethod().getName() + " lost a write conflict (attempt " + attemptDone + " of "
                        + ATTEMPTS + "); running it again");
                pause(attempt);
            }
        }
    }

    /** True when the call runs in a transaction of its own, which can be run again whole. */
    static boolean ownsItsTransaction(Method method, boolean callerHasTransaction) {
        if (!callerHasTransaction) {
            return true;
        }
        Transactional t = method.getAnnotation(Transactional.class);
        if (t == null) {
            t = method.getDeclaringClass().getAnnotation(Transactional.class);
        }
        return t != null && t.value() == Transactional.TxType.REQUIRES_NEW;
    }

    static boolean usesStreams(Object[] parameters) {
        return parameters != null
                && Arrays.stream(parameters)
                        .anyMatch(p -> p instanceof InputStream
                                || p instanceof OutputStream
                                || p instanceof Reader
                                || p instanceof Writer);
    }

    /** True when anything in the chain of causes is the database rolling back for a conflict. */
    public static boolean isWriteConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getErrorCode() == DEADLOCK || ROLLED_BACK.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isWriteConflict(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5L << attempt, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before running again", e);
        }
    }
}
