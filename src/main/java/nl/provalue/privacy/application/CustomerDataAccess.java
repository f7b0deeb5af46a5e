package nl.provalue.privacy.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case that reads or changes one customer's data; its first parameter is that
 * customer's id. {@link CustomerDataAccessInterceptor} lets a customer reach only their own data
 * and records every staff access with its reason (P12), so no page has to remember to.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CustomerDataAccess {}
