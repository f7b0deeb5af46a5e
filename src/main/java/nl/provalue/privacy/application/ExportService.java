package nl.provalue.privacy.application;

import static nl.provalue.privacy.application.export.ExportColumn.code;
import static nl.provalue.privacy.application.export.ExportColumn.date;
import static nl.provalue.privacy.application.export.ExportColumn.number;
import static nl.provalue.privacy.application.export.ExportColumn.text;
import static nl.provalue.privacy.application.export.ExportColumn.time;
import static nl.provalue.privacy.application.export.ExportColumn.yesNo;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.application.MyDataViews.StaffAccess;
import nl.provalue.privacy.application.export.ExportColumn.Labelled;
import nl.provalue.privacy.application.export.ExportGate;
import nl.provalue.privacy.application.export.ExportTable;
import nl.provalue.privacy.application.export.ExportWriter;
import nl.provalue.privacy.application.export.SnapshotReads;
import nl.provalue.privacy.application.rights.RightsRequests;
import nl.provalue.privacy.domain.customer.ContactField;
import nl.provalue.privacy.domain.retention.KeptCategory;

/**
 * Data portability: everything the customer sees on the portal's screens as one ZIP, every
 * category a table with the same columns in {@code data.json}, in {@code csv/} (RFC 4180) and in
 * {@code excel/} (for Dutch Excel), on a page to read ({@code overzicht.html}) and a summary
 * ({@code LEESMIJ.txt} / {@code README.txt}); see {@link ExportWriter}.
 * <p>
 * {@link #prepareExport} reads every category in one read-only transaction, so the file is one
 * consistent picture of the data at one moment ({@link SnapshotReads}: repeatable read, read only), however long the logs
 * are; the transaction is rolled back at the end, so nothing can be written by it. The logs are
 * read in one statement each and handed over row by row as the database sends them, without
 * entities, and the staff openings in pages of {@value #BATCH} that are let go after use, so a
 * customer with millions of log entries gets the file without the server holding it in memory.
 * The ZIP is written to a temporary file first: the transaction lasts as long as the reading, not
 * as long as a slow download, and a failure is an error answer instead of half a file. Nothing is
 * capped. All reads go through {@link MyDataService} and {@link RightsRequests}, with their access
 * rules.
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

    /** Absent where the service runs without a container (unit tests): then there is no transaction. */
    @Resource
    UserTransaction transaction;

    /** Runs the export's two writing threads; absent without a container (then threads of their own). */
    @Resource
    ManagedExecutorService executor;

    @Inject
    SnapshotReads snapshot;

    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());

    /** How long reading one export may take before the transaction is given up. */
    static final int SNAPSHOT_SECONDS = 3_600;

    /** One export per customer at a time, a few per server; a request waits up to half a minute for its turn. */
    ExportGate gate = new ExportGate(ExportGate.defaultAtOnce(), java.time.Duration.ofSeconds(30));

    /**
     * Writes the ZIP into a temporary file from one read-only transaction and returns it; the caller
     * sends it and deletes it. On a failure nothing is left behind.
     *
     * @throws nl.provalue.privacy.application.export.ExportBusyException when it is not the
     *     customer's turn ({@link ExportGate})
     */
    public Path prepareExport(long customerId, Locale locale) throws IOException {
        try (ExportGate.Turn turn = gate.enter(customerId)) {
            return prepareInTurn(customerId, locale);
        }
    }

    private Path prepareInTurn(long customerId, Locale locale) throws IOException {
        Path file = Files.createTempFile("export-", ".zip");
        boolean done = false;
        try {
            inOneReadOnlyTransaction(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    writeExport(customerId, locale, out);
                }
            });
            done = true;
            return file;
        } catch (IllegalArgumentException | jakarta.json.JsonException e) {
            // A fault of the export itself, not of the request.
            throw new IllegalStateException("The export could not be written", e);
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    /**
     * Runs the work in a transaction of its own, a read-only snapshot ({@link SnapshotReads}),
     * that is always rolled back.
     */
    private void inOneReadOnlyTransaction(Work work) throws IOException {
        if (transaction == null) {
            work.run();
            return;
        }
        try {
            transaction.setTransactionTimeout(SNAPSHOT_SECONDS);
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("The export could not start its transaction", e);
        } finally {
            try {
                transaction.setTransactionTimeout(0);
            } catch (SystemException e) {
                LOG.log(Level.WARNING, "The transaction time limit of this thread was not reset", e);
            }
        }
        boolean worked = false;
        try {
            if (snapshot != null) {
                snapshot.startReadOnlySnapshot();
            }
            work.run();
            worked = true;
        } finally {
            try {
                transaction.rollback();
            } catch (SystemException | IllegalStateException | SecurityException e) {
                // Already ended (its time ran out): the work's own failure, if any, says more.
                if (worked) {
                    throw new IllegalStateException("The export's transaction ended before the export did", e);
                }
            }
        }
    }

    /** Writes the ZIP in the given language; the stream is finished but not closed. */
    public void writeExport(long customerId, Locale locale, OutputStream out) throws IOException {
        ExportWriter writer = new ExportWriter(locale);
        Profile profile = myData.profile(customerId);
        List<ExportTable> tables = tables(customerId, profile, writer);
        if (executor == null) {
            writer.write(profile.customerNumber(), clock.instant(), tables, out);
        } else {
            writer.write(profile.customerNumber(), clock.instant(), tables, out, executor);
        }
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
                row -> myData.eachMailLine(
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
                row -> sites.forEach(s -> myData.eachAccessLine(
                        customerId,
                        s.id(),
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
