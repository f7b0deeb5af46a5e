package nl.provalue.privacy.domain.web;

import java.time.Instant;

/** P6: one line of a website's access log as the customer gets it, without what only the portal uses. */
public record StoredAccessLine(
        long id, Instant at, String clientIp, String method, String path, int status, long bytes) {}
