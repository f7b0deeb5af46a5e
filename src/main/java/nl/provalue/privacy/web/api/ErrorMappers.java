package nl.provalue.privacy.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.importing.LogTooLargeException;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * Every error of the API as RFC 9457 problem details ({@code application/problem+json}: type,
 * title, status, detail and, where one field is at fault, {@code field}), never a stack trace, a
 * class name or SQL text. Unexpected failures are logged with an incident id that the answer
 * names, so a caller can report it; while the database cannot be reached the answer is 503 with
 * {@code Retry-After}.
 */
public final class ErrorMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {}

    static Response error(Response.Status status, String detail) {
        return problem(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    static Response error(Response.Status status, String detail, String field) {
        return problem(status.getStatusCode(), status.getReasonPhrase(), detail, field);
    }

    static Response problem(int status, String title, String detail, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status)
                .type(PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .entity(body.build().toString())
                .build();
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return error(Response.Status.NOT_FOUND, "not found");
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return error(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String field = e.getConstraintViolations().stream()
                    .findFirst()
                    .map(ConstraintViolation::getPropertyPath)
                    .map(Object::toString)
                    .map(p -> p.substring(p.lastIndexOf('.') + 1))
                    .orElse(null);
            return error(Response.Status.BAD_REQUEST, "invalid input", field);
        }
    }

    @Provider
    public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            if (e instanceof JsonFields.BadField bad) {
                return error(Response.Status.BAD_REQUEST, e.getMessage(), bad.field());
            }
            return error(Response.Status.BAD_REQUEST, e.getMessage() == null ? "invalid input" : e.getMessage());
        }
    }

    /** A put whose version condition does not hold (412), or that named no version (428). */
    @Provider
    public static class Precondition
            implements ExceptionMapper<nl.provalue.privacy.application.provisioning.PreconditionException> {
        @Override
        public Response toResponse(nl.provalue.privacy.application.provisioning.PreconditionException e) {
            boolean failed = e.kind() == nl.provalue.privacy.application.provisioning.PreconditionException.Kind.FAILED;
            Response answer = problem(
                    failed ? 412 : 428,
                    failed ? "Precondition Failed" : "Precondition Required",
                    e.getMessage(),
                    "If-Match");
            return e.currentTag() == null
                    ? answer
                    : Response.fromResponse(answer)
                            .header("ETag", e.currentTag())
                            .build();
        }
    }

    /** A name the state gives that belongs to another customer. */
    @Provider
    public static class HeldElsewhere
            implements ExceptionMapper<nl.provalue.privacy.application.provisioning.HeldElsewhereException> {
        @Override
        public Response toResponse(nl.provalue.privacy.application.provisioning.HeldElsewhereException e) {
            return problem(409, "Conflict", e.getMessage(), e.field());
        }
    }

    /** P8: a customer whose contract has ended is no longer provisioned. */
    @Provider
    public static class CustomerLeft
            implements ExceptionMapper<nl.provalue.privacy.application.provisioning.CustomerLeftException> {
        @Override
        public Response toResponse(nl.provalue.privacy.application.provisioning.CustomerLeftException e) {
            return problem(410, "Gone", e.getMessage(), null);
        }
    }

    /** A log upload over the configured maximum: refused whole, nothing of it kept. */
    @Provider
    public static class LogTooLarge implements ExceptionMapper<LogTooLargeException> {
        @Override
        public Response toResponse(LogTooLargeException e) {
            return problem(
                    413,
                    "Content Too Large",
                    "A log file has at most "
                            + nl.provalue.privacy.web.Formats.ByteSize.format(e.maxBytes(), java.util.Locale.ENGLISH)
                            + " (" + e.maxBytes() + " bytes); nothing of this one was kept.",
                    null);
        }
    }

    /** An export not started now: the customer's own is still being made (429), or the server makes too many (503). */
    @Provider
    public static class ExportBusy
            implements ExceptionMapper<nl.provalue.privacy.application.export.ExportBusyException> {
        @Override
        public Response toResponse(nl.provalue.privacy.application.export.ExportBusyException e) {
            Response problem = e.ownExportRunning()
                    ? problem(
                            429,
                            "Too Many Requests",
                            "Your previous export is still being made. Try again when it has been downloaded.",
                            null)
                    : problem(
                            503,
                            "Service Unavailable",
                            "Several exports are being made at the moment. Please try again in a minute.",
                            null);
            return Response.fromResponse(problem)
                    .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                    .build();
        }
    }

    /** A rule of the privacy policy refused the request: the rule's key says which. */
    @Provider
    public static class PolicyViolation implements ExceptionMapper<PolicyViolationException> {
        @Override
        public Response toResponse(PolicyViolationException e) {
            return problem(422, "Unprocessable Content", e.getMessageKey(), null);
        }
    }

    /** What JAX-RS itself refuses: unknown path (404), method (405), media type (415), and so on. */
    @Provider
    public static class Refused implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (isMalformedBody(e)) {
                return malformed();
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), null, null);
        }
    }

    /** Everything else: a body that is not the JSON expected, the database away, or a defect. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (isMalformedBody(e)) {
                return malformed();
            }
            if (isRace(e)) {
                LOG.log(Level.WARNING, "Refused by the database as a race (409)", e);
                return problem(
                        409,
                        "Conflict",
                        "Another call stored the same thing at the same moment; read it again and retry.",
                        null);
            }
            if (isDatabaseUnavailable(e)) {
                LOG.log(Level.WARNING, "Database unavailable", e);
                return Response.fromResponse(problem(
                                503,
                                "Service Unavailable",
                                "The service is briefly unavailable. Please try again shortly.",
                                null))
                        .header("Retry-After", "10")
                        .build();
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return problem(
                    500,
                    "Internal Server Error",
                    "Something went wrong on our side (incident " + incident + ").",
                    null);
        }
    }

    private static Response malformed() {
        return error(
                Response.Status.BAD_REQUEST,
                "The body is not JSON of the expected shape: check the types, the names"
                        + " and the allowed values of its fields.");
    }

    static boolean isMalformedBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException
                    || t instanceof JsonParsingException
                    || t instanceof ProcessingException
                    || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two calls stored the same name or number at once (a duplicate key: MariaDB's error 1062, H2's
     * state 23505), or changed the same row: the database refused one. Other integrity errors are
     * defects, not races.
     */
    static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException sql
                    && (sql.getErrorCode() == 1062 || "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return nl.provalue.privacy.application.Fault.of(e) == nl.provalue.privacy.application.Fault.CONFLICT;
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        return nl.provalue.privacy.application.Fault.of(e) == nl.provalue.privacy.application.Fault.UNAVAILABLE;
    }
}
