package nl.provalue.privacy.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a transaction that is run again, whole, when the database throws it away for a write
 * conflict: on a Galera cluster two nodes may each accept a change to the same row, and the one
 * that commits second loses (a deadlock error at commit). {@link ConflictRetryInterceptor} runs the
 * use case again from the start, in a new transaction that sees the other's change: the register's
 * hash chain then appends after the other server's event instead of forking, and a lease is found
 * taken instead of being taken twice.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnConflict {}
