package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.provisioning.HeldElsewhereException;
import nl.provalue.privacy.application.provisioning.Provisioning;
import nl.provalue.privacy.application.provisioning.Provisioning.BulkLine;
import nl.provalue.privacy.application.provisioning.Provisioning.LineOutcome;
import nl.provalue.privacy.domain.customer.CustomerNumber;

/**
 * The first day's load (P1), for the customer system's key: {@code POST
 * /api/v1/provisioning/customers} with {@code application/x-ndjson}, one customer a line (the state
 * a put takes, with its {@code customerNumber}). Read and stored as it streams in, a few hundred
 * lines (at most 8 MB of them) to a transaction, so that memory does not grow with the load (only
 * the customer numbers seen are remembered, to refuse one given twice); a bad line is reported with its number and the rest
 * go in. The answer counts what became of the lines and lists the first problems.
 */
@Path("v1/provisioning/customers")
@RequestScoped
public class ProvisioningBulkResource {

    static final String NDJSON = "application/x-ndjson";
    /** Lines stored in one transaction, at most. */
    static final int BATCH = 250;
    /** The most text of lines held for one transaction: a batch closes earlier when its lines are large. */
    static final int BATCH_BYTES = 8 * 1024 * 1024;
    /** Problems listed in the answer; the rest are only counted. */
    static final int MAX_LISTED = 1000;

    private static final Logger LOG = Logger.getLogger(ProvisioningBulkResource.class.getName());

    @Inject
    Provisioning provisioning;

    @Inject
    Validator validator;

    private static final class Report {
        long lines;
        long created;
        long unchanged;
        long refused;
        final JsonArrayBuilder problems = Json.createArrayBuilder();
        long listed;

        void add(LineOutcome o) {
            switch (o.result()) {
                case "created" -> created++;
                case "unchanged" -> unchanged++;
                default -> {
                    refused++;
                    if (listed++ < MAX_LISTED) {
                        JsonObjectBuilder p =
                                Json.createObjectBuilder().add("line", o.line()).add("status", o.status());
                        if (o.customerNumber() != null) {
                            p.add("customerNumber", o.customerNumber());
                        }
                        if (o.field() != null) {
                            p.add("field", o.field());
                        }
                        problems.add(p.add("detail", o.detail()));
                    }
                }
            }
        }

        JsonObject build() {
            return Json.createObjectBuilder()
                    .add("lines", lines)
                    .add("created", created)
                    .add("unchanged", unchanged)
                    .add("refused", refused)
                    .add("problems", problems)
                    .add("problemsNotListed", Math.max(0, listed - MAX_LISTED))
                    .build();
        }
    }

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response load(InputStream body) throws IOException {
        Report report = new Report();
        NdjsonLines lines = new NdjsonLines(new BufferedInputStream(body, 64 * 1024));
        List<BulkLine> batch = new ArrayList<>(BATCH);
        long batchBytes = 0;
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            report.lines++;
            if (line.problem() != null) {
                report.add(LineOutcome.refused(line.number(), null, 400, null, line.problem()));
                continue;
            }
            BulkLine parsed;
            try {
                parsed = parse(line);
            } catch (JsonFields.BadField e) {
                report.add(LineOutcome.refused(line.number(), numberIn(line.text()), 400, e.field(), e.problem()));
                continue;
            }
            if (!numbers.add(parsed.customerNumber())) {
                report.add(LineOutcome.refused(
                        line.number(), parsed.customerNumber(), 409, "customerNumber", "given twice in this load"));
                continue;
            }
            batch.add(parsed);
            batchBytes += line.text().length();
            if (batch.size() == BATCH || batchBytes >= BATCH_BYTES) {
                store(batch, report);
                batch.clear();
                batchBytes = 0;
            }
        }
        store(batch, report);
        return Response.ok(report.build().toString())
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .build();
    }

    private BulkLine parse(NdjsonLines.Line line) {
        byte[] bytes = line.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (JsonBodyLimits.depth(bytes) > JsonBodyLimits.MAX_DEPTH) {
            throw new JsonFields.BadField("line", "nested more than " + JsonBodyLimits.MAX_DEPTH + " levels deep");
        }
        JsonValue value;
        try {
            value = ProvisioningJson.parse(new StringReader(line.text()));
        } catch (JsonFields.BadField e) {
            throw new JsonFields.BadField("line", e.problem());
        }
        JsonObject object = JsonFields.object(value);
        String number = JsonFields.text(object, "customerNumber", true);
        if (!CustomerNumber.isWellFormed(number)) {
            throw new JsonFields.BadField("customerNumber", "a customer number: PV and six digits");
        }
        JsonObject state =
                Json.createObjectBuilder(object).remove("customerNumber").build();
        return new BulkLine(line.number(), number, ProvisioningJson.read(state, validator::validate));
    }

    /** The customer number of a line that could not be read, when it can be seen, for the report. */
    private static String numberIn(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue n = reader.readObject().get("customerNumber");
            return n instanceof JsonString s && CustomerNumber.isWellFormed(s.getString()) ? s.getString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One transaction for the batch; if it fails as a whole, each line on its own, so that one line cannot stop the rest. */
    private void store(List<BulkLine> batch, Report report) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            provisioning.load(batch).forEach(report::add);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException batchFailed) {
            for (BulkLine line : batch) {
                try {
                    provisioning.load(List.of(line)).forEach(report::add);
                } catch (HeldElsewhereException e) {
                    report.add(LineOutcome.refused(line.line(), line.customerNumber(), 409, e.field(), e.getMessage()));
                } catch (ConstraintViolationException e) {
                    report.add(LineOutcome.refused(
                            line.line(), line.customerNumber(), 400, null, "invalid contact details"));
                } catch (AccessDeniedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (ErrorMappers.isDatabaseUnavailable(e)) {
                        // Stored lines stay stored; sent again, they are reported unchanged.
                        throw e;
                    }
                    if (ErrorMappers.isRace(e)) {
                        // Two loads racing for the same name: the database's own uniqueness refused this line.
                        LOG.log(Level.WARNING, "Bulk load line " + line.line() + " refused by the database", e);
                        report.add(LineOutcome.refused(
                                line.line(),
                                line.customerNumber(),
                                409,
                                null,
                                "conflicts with a customer stored at the same time; send it again"));
                    } else {
                        String incident = java.util.UUID.randomUUID().toString();
                        LOG.log(Level.SEVERE, "Bulk load line " + line.line() + " failed, incident " + incident, e);
                        report.add(LineOutcome.refused(
                                line.line(),
                                line.customerNumber(),
                                500,
                                null,
                                "something went wrong on our side (incident " + incident + ")"));
                    }
                }
            }
        }
    }
}
