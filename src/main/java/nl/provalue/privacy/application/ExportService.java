package nl.provalue.privacy.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import nl.provalue.privacy.application.MyDataViews.AccessPage;
import nl.provalue.privacy.application.MyDataViews.AccessRow;
import nl.provalue.privacy.application.MyDataViews.MailLogRow;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.domain.web.AccessLogQuery;

/**
 * Data portability: everything held about a customer as one ZIP: {@code data.json} (all
 * categories, machine-readable), a CSV per table-like category (cells written by {@link Csv}) and
 * {@code summary.html} for people. Written straight to the response in batches of {@value #BATCH}
 * log rows, each read in its own short transaction, so a customer with millions of log entries gets
 * the file without the server holding it in memory. All reads go through {@link MyDataService},
 * with its access rules.
 */
@ApplicationScoped
public class ExportService {

    static final int BATCH = 2_000;

    @Inject MyDataService myData;
    @Inject Clock clock;

    /** Writes the ZIP; the stream is finished but not closed. */
    public void writeExport(long customerId, Locale locale, OutputStream out) throws IOException {
        Profile profile = myData.profile(customerId);
        List<Site> sites = myData.websites(customerId);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);

        zip.putNextEntry(new ZipEntry("data.json"));
        writeJson(customerId, profile, sites, w);
        w.flush();
        zip.closeEntry();

        csv(zip, w, "personal-data.csv", List.of("category", "label", "value", "source", "received_at", "storage", "purposes"),
                row -> profile.groups().forEach(g -> g.items().forEach(i -> row.accept(new Object[]{i.category(),
                        i.label(), i.value(), i.source(), i.receivedAt(), i.storage(), join(i.purposes())}))));
        csv(zip, w, "contact-details.csv", List.of("field", "value", "source", "received_at"), row -> {
            var c = profile.contact();
            Object[][] fields = {{"FULL_NAME", c.fullName()}, {"ORGANISATION", c.organisation()}, {"STREET", c.street()},
                    {"POSTAL_CODE", c.postalCode()}, {"CITY", c.city()}, {"COUNTRY", c.countryCode()},
                    {"PHONE", c.phone()}, {"EMAIL", c.email()}};
            for (Object[] f : fields) {
                row.accept(new Object[]{f[0], f[1], "WEB_FORM", c.receivedAt()});
            }
        });
        csv(zip, w, "contact-corrections.csv", List.of("field", "old_value", "new_value", "source", "changed_at", "changed_by"),
                row -> profile.corrections().forEach(c -> row.accept(new Object[]{c.field(), c.oldValue(), c.newValue(),
                        c.source(), c.changedAt(), c.changedBy()})));
        csv(zip, w, "paper-records.csv", List.of("description", "location", "kept_since", "kept_until", "destroyed_at"),
                row -> profile.paperRecords().forEach(p -> row.accept(new Object[]{p.description(), p.location(),
                        p.keptSince(), p.keptUntil(), p.destroyedAt()})));
        csv(zip, w, "websites.csv", List.of("hostname", "plan", "limit_bytes", "month", "used_bytes", "percent_of_limit",
                        "access_log_reaches_back_to"),
                row -> sites.forEach(s -> row.accept(new Object[]{s.hostname(), s.planName(), s.limitBytes(), s.month(),
                        s.usedThisMonth(), s.percentOfLimit(), s.logReachesBackTo()})));
        csv(zip, w, "traffic-per-day.csv", List.of("hostname", "day", "bytes", "requests"),
                row -> sites.forEach(s -> s.days().forEach(d -> row.accept(new Object[]{s.hostname(), d.day(), d.bytes(),
                        d.requests()}))));
        csv(zip, w, "access-log.csv", List.of("hostname", "time", "client_ip", "method", "path", "status", "bytes"),
                row -> sites.forEach(s -> eachAccessRow(customerId, s, a -> row.accept(new Object[]{s.hostname(),
                        a.at(), a.clientIp(), a.method(), a.path(), a.status(), a.bytes()}))));
        csv(zip, w, "mailboxes.csv", List.of("address", "protocols", "retention", "keep_days", "messages", "bytes",
                        "oldest_message", "setting_changed_at"),
                row -> myData.mailboxes(customerId).forEach(m -> row.accept(new Object[]{m.address(), join(m.protocols()),
                        m.retentionMode(), m.keepDays(), m.messagesStored(), m.bytesStored(), m.oldestMessageAt(),
                        m.settingChangedAt()})));
        csv(zip, w, "mail-log.csv", List.of("sent_at", "sender", "recipient", "size_bytes", "status", "deleted_on"),
                row -> eachMailRow(customerId, m -> row.accept(new Object[]{m.sentAt(), m.sender(), m.recipient(),
                        m.sizeBytes(), m.status(), m.deletionDue()})));
        csv(zip, w, "domains.csv", List.of("domain", "registered_on", "expires_on", "contact_role", "holder", "name",
                        "organisation", "email", "phone", "publish_consent"),
                row -> myData.domains(customerId).forEach(d -> d.contacts().forEach(c -> row.accept(new Object[]{
                        d.name(), d.registeredOn(), d.expiresOn(), c.role(), c.holderKind(), c.name(), c.organisation(),
                        c.email(), c.phone(), c.publishConsent()}))));
        csv(zip, w, "backups.csv", List.of("kind", "description", "taken_at", "expires_at", "destroyed_at", "size_bytes"),
                row -> myData.backups(customerId).forEach(b -> row.accept(new Object[]{b.kind(), b.description(),
                        b.takenAt(), b.expiresAt(), b.destroyedAt(), b.sizeBytes()})));
        csv(zip, w, "disclosures.csv", List.of("register_number", "type", "authority_type", "authority", "legal_basis",
                        "received_on", "status", "closed", "scopes", "decision_reason", "handed_over_at", "handed_over"),
                row -> myData.disclosures(customerId).forEach(d -> row.accept(new Object[]{d.registerNumber(), d.type(),
                        d.authorityType(), d.authorityName(), d.legalBasis(), d.receivedOn(), d.status(), d.closed(),
                        join(d.scopes()), d.decisionReason(), d.handedOverAt(), d.handedOver()})));
        ResourceBundle labels = ResourceBundle.getBundle("messages", locale);
        csv(zip, w, "staff-access.csv", List.of("time", "staff_member", "purpose", "reason", "last_recorded_at", "records"),
                row -> staffAccesses(customerId).forEach(a -> row.accept(new Object[]{a.at(), a.staffName(),
                        labels.getString(a.purposeKey()), a.text(), a.lastViewedAt(), a.views()})));

        zip.putNextEntry(new ZipEntry("summary.html"));
        writeSummary(profile, sites, customerId, locale, w);
        w.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void eachAccessRow(long customerId, Site site, Consumer<AccessRow> each) {
        AccessLogQuery query = new AccessLogQuery(site.id(), null, null, null, null, false, null, null, false, BATCH);
        while (true) {
            AccessPage page = myData.accessLog(customerId, query);
            page.rows().forEach(each);
            if (!page.hasAfter() || page.rows().isEmpty()) {
                return;
            }
            AccessRow last = page.rows().get(page.rows().size() - 1);
            query = query.continueFrom(last.at(), last.id(), false);
        }
    }

    private void eachMailRow(long customerId, Consumer<MailLogRow> each) {
        Instant afterTime = null;
        Long afterId = null;
        while (true) {
            List<MailLogRow> rows = myData.mailLog(customerId, afterTime, afterId, BATCH);
            rows.forEach(each);
            if (rows.size() < BATCH) {
                return;
            }
            MailLogRow last = rows.get(rows.size() - 1);
            afterTime = last.sentAt();
            afterId = last.id();
        }
    }

    private void writeJson(long customerId, Profile profile, List<Site> sites, Writer w) {
        JsonGenerator g = Json.createGenerator(new NonClosingWriter(w));
        g.writeStartObject();
        g.write("format", "provalue-privacy-export/1");
        g.write("exportedAt", clock.instant().toString());
        g.write("customerNumber", profile.customerNumber());
        var c = profile.contact();
        g.writeStartObject("contact");
        writeNullable(g, "fullName", c.fullName());
        writeNullable(g, "organisation", c.organisation());
        writeNullable(g, "street", c.street());
        writeNullable(g, "postalCode", c.postalCode());
        writeNullable(g, "city", c.city());
        writeNullable(g, "countryCode", c.countryCode());
        writeNullable(g, "phone", c.phone());
        writeNullable(g, "email", c.email());
        writeNullable(g, "source", "WEB_FORM");
        writeNullable(g, "receivedAt", c.receivedAt());
        g.writeEnd();
        g.writeStartArray("personalData");
        profile.groups().forEach(grp -> grp.items().forEach(i -> {
            g.writeStartObject();
            g.write("category", i.category().name()).write("label", i.label()).write("value", i.value())
                    .write("source", i.source().name()).write("receivedAt", i.receivedAt().toString())
                    .write("storage", i.storage().name());
            g.writeStartArray("purposes");
            i.purposes().forEach(p -> g.write(p.name()));
            g.writeEnd().writeEnd();
        }));
        g.writeEnd();
        g.writeStartArray("contactCorrections");
        profile.corrections().forEach(x -> {
            g.writeStartObject().write("field", x.field().name());
            writeNullable(g, "oldValue", x.oldValue());
            writeNullable(g, "newValue", x.newValue());
            g.write("source", x.source().name()).write("changedAt", x.changedAt().toString()).writeEnd();
        });
        g.writeEnd();
        g.writeStartArray("paperRecords");
        profile.paperRecords().forEach(p -> {
            g.writeStartObject().write("description", p.description()).write("location", p.location())
                    .write("keptSince", p.keptSince().toString());
            writeNullable(g, "keptUntil", p.keptUntil());
            writeNullable(g, "destroyedAt", p.destroyedAt());
            g.writeEnd();
        });
        g.writeEnd();
        g.writeStartArray("websites");
        for (Site s : sites) {
            g.writeStartObject().write("hostname", s.hostname()).write("plan", s.planName())
                    .write("trafficLimitBytes", s.limitBytes()).write("usedThisMonthBytes", s.usedThisMonth());
            writeNullable(g, "accessLogReachesBackTo", s.logReachesBackTo());
            g.writeStartArray("trafficPerDay");
            s.days().forEach(d -> g.writeStartObject().write("day", d.day().toString()).write("bytes", d.bytes())
                    .write("requests", d.requests()).writeEnd());
            g.writeEnd();
            g.writeStartArray("accessLog");
            eachAccessRow(customerId, s, a -> g.writeStartObject().write("time", a.at().toString())
                    .write("clientIp", a.clientIp()).write("method", a.method()).write("path", a.path())
                    .write("status", a.status()).write("bytes", a.bytes()).writeEnd());
            g.writeEnd().writeEnd();
        }
        g.writeEnd();
        g.writeStartArray("mailboxes");
        myData.mailboxes(customerId).forEach(m -> {
            g.writeStartObject().write("address", m.address()).write("retention", m.retentionMode().name());
            writeNullable(g, "keepDays", m.keepDays());
            g.write("messagesStored", m.messagesStored()).write("bytesStored", m.bytesStored());
            g.writeStartArray("protocols");
            m.protocols().forEach(p -> g.write(p.name()));
            g.writeEnd().writeEnd();
        });
        g.writeEnd();
        g.writeStartArray("mailLog");
        eachMailRow(customerId, m -> g.writeStartObject().write("sentAt", m.sentAt().toString())
                .write("sender", m.sender()).write("recipient", m.recipient()).write("sizeBytes", m.sizeBytes())
                .write("status", m.status()).write("deletedOn", m.deletionDue().toString()).writeEnd());
        g.writeEnd();
        g.writeStartArray("domains");
        myData.domains(customerId).forEach(d -> {
            g.writeStartObject().write("name", d.name()).write("registeredOn", d.registeredOn().toString())
                    .write("expiresOn", d.expiresOn().toString());
            g.writeStartArray("contacts");
            d.contacts().forEach(c2 -> {
                g.writeStartObject().write("role", c2.role().name()).write("holder", c2.holderKind().name())
                        .write("name", c2.name());
                writeNullable(g, "organisation", c2.organisation());
                writeNullable(g, "email", c2.email());
                writeNullable(g, "phone", c2.phone());
                g.write("publishConsent", c2.publishConsent()).writeEnd();
            });
            g.writeEnd().writeEnd();
        });
        g.writeEnd();
        g.writeStartArray("backups");
        myData.backups(customerId).forEach(b -> {
            g.writeStartObject().write("kind", b.kind().name()).write("description", b.description())
                    .write("takenAt", b.takenAt().toString()).write("expiresAt", b.expiresAt().toString());
            writeNullable(g, "destroyedAt", b.destroyedAt());
            g.write("sizeBytes", b.sizeBytes()).writeEnd();
        });
        g.writeEnd();
        g.writeStartArray("disclosures");
        myData.disclosures(customerId).forEach(d -> {
            g.writeStartObject().write("registerNumber", d.registerNumber()).write("type", d.type().name())
                    .write("authorityType", d.authorityType().name()).write("authority", d.authorityName())
                    .write("legalBasis", d.legalBasis().name()).write("receivedOn", d.receivedOn().toString())
                    .write("status", d.status().name()).write("closed", d.closed());
            writeNullable(g, "decisionReason", d.decisionReason());
            writeNullable(g, "handedOverAt", d.handedOverAt());
            writeNullable(g, "handedOver", d.handedOver());
            g.writeEnd();
        });
        g.writeEnd();
        g.writeStartArray("staffAccess");
        staffAccesses(customerId).forEach(a -> {
            g.writeStartObject().write("time", a.at().toString()).write("staffMember", a.staffName())
                    .write("purpose", a.purpose().name());
            writeNullable(g, "purposeDetail", a.purposeDetail());
            writeNullable(g, "reason", a.text());
            g.write("lastRecordedAt", a.lastViewedAt().toString()).write("records", a.views()).writeEnd();
        });
        g.writeEnd();
        g.writeEnd();
        g.flush();
    }

    private static void writeNullable(JsonGenerator g, String name, Object value) {
        if (value == null) {
            g.writeNull(name);
        } else if (value instanceof Number n) {
            g.write(name, n.longValue());
        } else {
            g.write(name, value.toString());
        }
    }

    private void writeSummary(Profile profile, List<Site> sites, long customerId, Locale locale, Writer w) throws IOException {
        ResourceBundle msg = ResourceBundle.getBundle("messages", locale);
        var c = profile.contact();
        w.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + esc(msg.getString("export.summary.title")) + "</title></head><body>");
        w.write("<h1>" + esc(msg.getString("export.summary.title")) + "</h1>");
        w.write("<p>" + esc(msg.getString("customer.number")) + ": " + esc(profile.customerNumber()) + "<br>"
                + esc(msg.getString("export.summary.made")) + ": " + esc(clock.instant().toString()) + "</p>");
        w.write("<h2>" + esc(msg.getString("mydata.contact")) + "</h2><ul>");
        w.write("<li>" + esc(c.fullName()) + (c.organisation() == null ? "" : " (" + esc(c.organisation()) + ")") + "</li>");
        w.write("<li>" + esc(String.join(" ", nz(c.street()), nz(c.postalCode()), nz(c.city()))) + "</li>");
        w.write("<li>" + esc(c.email()) + "</li><li>" + esc(nz(c.phone())) + "</li></ul>");
        w.write("<h2>" + esc(msg.getString("mydata.items")) + "</h2><ul>");
        for (var g : profile.groups()) {
            for (var i : g.items()) {
                w.write("<li>" + esc(i.label()) + ": " + esc(i.value()) + " (" + esc(i.source().name()) + ", "
                        + esc(i.receivedAt().toString()) + ")</li>");
            }
        }
        w.write("</ul><h2>" + esc(msg.getString("export.summary.files")) + "</h2><ul>");
        w.write("<li>" + esc(msg.getString("customer.home.websites")) + ": " + sites.size() + "</li>");
        w.write("<li>" + esc(msg.getString("customer.home.backups")) + ": " + myData.backups(customerId).size() + "</li>");
        w.write("<li>" + esc(msg.getString("customer.home.disclosures")) + ": " + myData.disclosures(customerId).size() + "</li>");
        w.write("<li>" + esc(msg.getString("customer.home.staffViews")) + ": " + myData.countStaffAccesses(customerId) + "</li>");
        w.write("</ul><p>" + esc(msg.getString("export.summary.filesText")) + "</p></body></html>");
    }

    /** P12: every opening of the customer's data, each once; the export is complete, not a page. */
    private List<MyDataViews.StaffAccess> staffAccesses(long customerId) {
        return myData.staffAccesses(customerId, 0, Integer.MAX_VALUE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String join(List<?> values) {
        return String.join(" ", values.stream().map(Object::toString).toList());
    }

    private interface RowSource {
        void rows(Consumer<Object[]> row) throws IOException;
    }

    private static void csv(ZipOutputStream zip, Writer w, String name, List<String> header, RowSource source)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(Csv.line(header.toArray()));
        try {
            source.rows(values -> {
                try {
                    w.write(Csv.line(values));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        zip.closeEntry();
    }

    /** Lets the JSON generator finish without closing the ZIP underneath it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
