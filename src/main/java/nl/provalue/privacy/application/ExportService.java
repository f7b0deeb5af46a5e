package nl.provalue.privacy.application;

import static nl.provalue.privacy.application.export.ExportColumn.code;
import static nl.provalue.privacy.application.export.ExportColumn.date;
import static nl.provalue.privacy.application.export.ExportColumn.number;
import static nl.provalue.privacy.application.export.ExportColumn.text;
import static nl.provalue.privacy.application.export.ExportColumn.time;
import static nl.provalue.privacy.application.export.ExportColumn.yesNo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.provalue.privacy.application.MyDataViews.AccessPage;
import nl.provalue.privacy.application.MyDataViews.AccessRow;
import nl.provalue.privacy.application.MyDataViews.MailLogRow;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.application.MyDataViews.StaffAccess;
import nl.provalue.privacy.application.export.ExportColumn.Labelled;
import nl.provalue.privacy.application.export.ExportTable;
import nl.provalue.privacy.application.export.ExportWriter;
import nl.provalue.privacy.application.rights.RightsRequests;
import nl.provalue.privacy.domain.customer.ContactField;
import nl.provalue.privacy.domain.retention.KeptCategory;
import nl.provalue.privacy.domain.web.AccessLogQuery;

/**
 * Data portability: everything the customer sees on the portal's screens as one ZIP, every
 * category a table with the same columns in {@code data.json}, in {@code csv/} (RFC 4180) and in
 * {@code excel/} (for Dutch Excel), and a summary ({@code LEESMIJ.txt} / {@code README.txt});
 * see {@link ExportWriter}. Logs and staff openings are read in batches of {@value #BATCH} rows,
 * each in its own short transaction, and each row once, so a customer with millions of log entries
 * gets the file without the server holding it in memory. Nothing is capped. All reads go through
 * {@link MyDataService} and {@link RightsRequests}, with their access rules.
 */
@ApplicationScoped
public class ExportService {

    static final int BATCH = 2_000;

    @Inject
    MyDataService myData;

    @Inject
    RightsRequests rights;

    @Inject
    Clock clock;

    /** Writes the ZIP in the given language; the stream is finished but not closed. */
    public void writeExport(long customerId, Locale locale, OutputStream out) throws IOException {
        ExportWriter writer = new ExportWriter(locale);
        Profile profile = myData.profile(customerId);
        writer.write(profile.customerNumber(), clock.instant(), tables(customerId, profile, writer), out);
    }

    /** Every category of the customer's screens, in the order of the portal's menu. */
    List<ExportTable> tables(long customerId, Profile profile, ExportWriter writer) {
        List<Site> sites = myData.websites(customerId);
        List<ExportTable> tables = new ArrayList<>();
        var c = profile.contact();
        tables.add(new ExportTable(
                "contact-details",
                List.of(code("field", "field."), text("value"), code("source", "source."), time("receivedAt")),
                row -> {
                    Object[][] fields = {
                        {ContactField.FULL_NAME, c.fullName()},
                        {ContactField.ORGANISATION, c.organisation()},
                        {ContactField.STREET, c.street()},
                        {ContactField.POSTAL_CODE, c.postalCode()},
                        {ContactField.CITY, c.city()},
                        {ContactField.COUNTRY, c.countryCode()},
                        {ContactField.PHONE, c.phone()},
                        {ContactField.EMAIL, c.email()}
                    };
                    for (Object[] f : fields) {
                        row.accept(new Object[] {f[0], f[1], c.source(), c.receivedAt()});
                    }
                }));
        tables.add(new ExportTable(
                "contact-corrections",
                List.of(
                        code("field", "field."),
                        text("subject"),
                        code("role", "contactRole."),
                        text("oldValue"),
                        text("newValue"),
                        code("source", "source."),
                        time("changedAt"),
                        text("changedBy")),
                row -> profile.corrections()
                        .forEach(x -> row.accept(new Object[] {
                            x.field(),
                            x.subject(),
                            x.role(),
                            x.oldValue(),
                            x.newValue(),
                            x.source(),
                            x.changedAt(),
                            x.changedBy()
                        }))));
        tables.add(new ExportTable(
                "personal-data",
                List.of(
                        code("category", "category."),
                        text("item"),
                        text("value"),
                        code("source", "source."),
                        time("receivedAt"),
                        code("storage", "storage."),
                        code("purposes", "purpose."),
                        text("document")),
                row -> profile.groups()
                        .forEach(g -> g.items()
                                .forEach(i -> row.accept(new Object[] {
                                    i.category(),
                                    i.label(),
                                    i.value(),
                                    i.source(),
                                    i.receivedAt(),
                                    i.storage(),
                                    i.purposes(),
                                    i.documentName()
                                })))));
        tables.add(new ExportTable(
                "paper-records",
                List.of(
                        text("description"),
                        text("location"),
                        date("keptSince"),
                        date("keptUntil"),
                        time("destroyedAt")),
                row -> profile.paperRecords()
                        .forEach(p -> row.accept(new Object[] {
                            p.description(), p.location(), p.keptSince(), p.keptUntil(), p.destroyedAt()
                        }))));
        tables.add(new ExportTable(
                "mailboxes",
                List.of(
                        text("address"),
                        code("protocols", "mail.protocol."),
                        code("retention", "mail.mode."),
                        number("keepDays"),
                        number("messagesStored"),
                        number("bytesStored"),
                        time("oldestMessageAt"),
                        time("settingChangedAt")),
                row -> myData.mailboxes(customerId)
                        .forEach(m -> row.accept(new Object[] {
                            m.address(),
                            m.protocols(),
                            m.retentionMode(),
                            m.keepDays(),
                            m.messagesStored(),
                            m.bytesStored(),
                            m.oldestMessageAt(),
                            m.settingChangedAt()
                        }))));
        tables.add(new ExportTable(
                "mail-log",
                List.of(
                        time("sentAt"),
                        text("sender"),
                        text("recipient"),
                        number("sizeBytes"),
                        code("status", "mailStatus."),
                        time("deletionDue")),
                row -> eachMailRow(
                        customerId,
                        m -> row.accept(new Object[] {
                            m.sentAt(),
                            m.sender(),
                            m.recipient(),
                            m.sizeBytes(),
                            mailStatus(m.status(), writer),
                            m.deletionDue()
                        }))));
        tables.add(new ExportTable(
                "websites",
                List.of(
                        text("hostname"),
                        text("plan"),
                        number("trafficLimitBytes"),
                        text("month"),
                        number("usedThisMonthBytes"),
                        number("percentOfLimit"),
                        time("accessLogReachesBackTo")),
                row -> sites.forEach(s -> row.accept(new Object[] {
                    s.hostname(),
                    s.planName(),
                    s.limitBytes(),
                    s.month(),
                    s.usedThisMonth(),
                    s.percentOfLimit(),
                    s.logReachesBackTo()
                }))));
        tables.add(new ExportTable(
                "traffic-per-day",
                List.of(text("hostname"), date("day"), number("bytes"), number("requests")),
                row -> sites.forEach(s -> s.days()
                        .forEach(d -> row.accept(new Object[] {s.hostname(), d.day(), d.bytes(), d.requests()})))));
        tables.add(new ExportTable(
                "access-log",
                List.of(
                        text("hostname"),
                        time("time"),
                        text("clientIp"),
                        text("method"),
                        text("path"),
                        number("httpStatus"),
                        number("bytes")),
                row -> sites.forEach(s -> eachAccessRow(
                        customerId,
                        s,
                        a -> row.accept(new Object[] {
                            s.hostname(), a.at(), a.clientIp(), a.method(), a.path(), a.status(), a.bytes()
                        })))));
        tables.add(new ExportTable(
                "domains",
                List.of(
                        text("domain"),
                        date("registeredOn"),
                        date("expiresOn"),
                        code("contactRole", "contactRole."),
                        code("holder", "holderKind."),
                        text("name"),
                        text("organisation"),
                        text("email"),
                        text("phone"),
                        yesNo("publishConsent")),
                row -> myData.domains(customerId)
                        .forEach(d -> d.contacts()
                                .forEach(x -> row.accept(new Object[] {
                                    d.name(),
                                    d.registeredOn(),
                                    d.expiresOn(),
                                    x.role(),
                                    x.holderKind(),
                                    x.name(),
                                    x.organisation(),
                                    x.email(),
                                    x.phone(),
                                    x.publishConsent()
                                })))));
        tables.add(new ExportTable(
                "backups",
                List.of(
                        code("kind", "backup."),
                        text("description"),
                        time("takenAt"),
                        time("expiresAt"),
                        time("destroyedAt"),
                        number("sizeBytes")),
                row -> myData.backups(customerId)
                        .forEach(b -> row.accept(new Object[] {
                            b.kind(), b.description(), b.takenAt(), b.expiresAt(), b.destroyedAt(), b.sizeBytes()
                        }))));
        tables.add(new ExportTable(
                "disclosures",
                List.of(
                        text("registerNumber"),
                        code("type", "requestType."),
                        code("authorityType", "authorityType."),
                        text("authority"),
                        code("legalBasis", "legalBasis."),
                        date("receivedOn"),
                        code("status", "requestStatus."),
                        yesNo("closed"),
                        code("scopes", "scope."),
                        text("decisionReason"),
                        time("handedOverAt"),
                        text("handedOver")),
                row -> myData.disclosures(customerId)
                        .forEach(d -> row.accept(new Object[] {
                            d.registerNumber(),
                            d.type(),
                            d.authorityType(),
                            d.authorityName(),
                            d.legalBasis(),
                            d.receivedOn(),
                            d.status(),
                            d.closed(),
                            d.scopes(),
                            d.decisionReason(),
                            d.handedOverAt(),
                            d.handedOver()
                        }))));
        tables.add(new ExportTable(
                "staff-access",
                List.of(
                        time("openedAt"),
                        text("staffMember"),
                        code("purpose", null),
                        text("explanation"),
                        time("lastRecordedAt"),
                        number("records")),
                row -> eachStaffAccess(
                        customerId,
                        a -> row.accept(new Object[] {
                            a.at(),
                            a.staffName(),
                            new Labelled(
                                    a.purposeKey().substring("staffviews.purpose.".length()),
                                    writer.text(a.purposeKey())),
                            a.text(),
                            a.lastViewedAt(),
                            a.views()
                        }))));
        tables.add(new ExportTable(
                "rights-requests",
                List.of(
                        code("type", "rights.type."),
                        text("description"),
                        code("channel", "rights.channel."),
                        date("receivedOn"),
                        date("deadline"),
                        yesNo("extended"),
                        text("extensionReason"),
                        code("status", "rights.status."),
                        text("answer")),
                row -> rights.ofCustomer(customerId)
                        .forEach(r -> row.accept(new Object[] {
                            r.type(),
                            r.description(),
                            r.channel(),
                            r.receivedOn(),
                            r.deadline(),
                            r.extended(),
                            r.extensionReason(),
                            r.status(),
                            r.answer()
                        }))));
        tables.add(new ExportTable(
                "retention",
                List.of(
                        code("category", null),
                        text("what"),
                        code("purposes", "purpose."),
                        code("legalGround", "ground."),
                        text("source"),
                        text("retentionPeriod"),
                        text("deletion"),
                        text("policy")),
                row -> {
                    for (KeptCategory k : KeptCategory.values()) {
                        String kept = "kept." + k.name() + ".";
                        row.accept(new Object[] {
                            new Labelled(k.name(), writer.text(kept + "name")),
                            writer.text(kept + "what"),
                            List.copyOf(k.purposes()),
                            k.legalGround(),
                            writer.text(kept + "source"),
                            writer.text(kept + "retention"),
                            writer.text(kept + "deletion"),
                            String.join(" ", k.policyIds())
                        });
                    }
                }));
        return tables;
    }

    /** A Postfix status in the customer's words where the portal knows it, else as Postfix wrote it. */
    private static Labelled mailStatus(String status, ExportWriter writer) {
        return status == null ? null : new Labelled(status, writer.textOr("mailStatus." + status, status));
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

    /** P12: every opening of the customer's data, each once, newest first, by keyset pages; none left out. */
    private void eachStaffAccess(long customerId, Consumer<StaffAccess> each) {
        Instant beforeTime = null;
        Long beforeId = null;
        while (true) {
            List<StaffAccess> page = myData.staffAccessesBefore(customerId, beforeTime, beforeId, BATCH);
            page.forEach(each);
            if (page.size() < BATCH) {
                return;
            }
            StaffAccess last = page.get(page.size() - 1);
            beforeTime = last.at();
            beforeId = last.id();
        }
    }
}
