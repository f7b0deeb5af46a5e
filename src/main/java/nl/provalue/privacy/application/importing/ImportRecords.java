package nl.provalue.privacy.application.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportRunRepository;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;

/** The database side of imports, each call one transaction. */
@ApplicationScoped
@Transactional
public class ImportRecords {

    @Inject
    ImportRunRepository runs;

    @Inject
    WebsiteRepository websites;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ImportSettings settings;

    public long websiteIdOf(String hostname) {
        if (hostname == null || hostname.isBlank()) {
            throw new IllegalArgumentException("An access log needs the website it belongs to");
        }
        return websites.findServing(hostname)
                .map(Website::id)
                .orElseThrow(() -> new NotFoundException("website", hostname));
    }

    public List<String> websiteHostnames() {
        return websites.all().stream().map(Website::hostname).toList();
    }

    public long create(
            ImportKind kind, Long websiteId, String fileName, LogFileStore.StoredLog stored, String staff, Role role) {
        ImportRun run = runs.add(new ImportRun(
                kind, websiteId, fileName, stored.path(), stored.size(), stored.sha256(), staff, clock.instant()));
        audit.record(new AuditEvent(
                clock.instant(),
                staff,
                role,
                AuditAction.LOG_IMPORT_STARTED,
                null,
                null,
                kind + " " + run.fileName() + " (" + stored.size() + " bytes, sha256 " + stored.sha256() + ")"));
        return run.id();
    }

    /**
     * P4: an import of new lines of the followed mail log, by no staff member. The file starts with
     * {@code knownLines} lines ({@code knownBytes} bytes) handed over before, read again only so
     * that deliveries find their sender lines: the import's checkpoint starts after them.
     */
    public long createFollowed(String fileName, LogFileStore.StoredLog stored, long knownLines, long knownBytes) {
        ImportRun run = new ImportRun(
                ImportKind.POSTFIX,
                null,
                fileName,
                stored.path(),
                stored.size(),
                stored.sha256(),
                FOLLOWER,
                clock.instant());
        run.startsAfter(knownLines, knownBytes);
        return runs.add(run).id();
    }

    /** Who starts the imports of the followed mail log. */
    public static final String FOLLOWER = "system";

    /** Marks a failed or interrupted import as waiting again; false when it cannot be resumed. */
    public boolean requeue(long id) {
        runs.find(id).orElseThrow(() -> new NotFoundException("import", id));
        return runs.requeue(id);
    }

    public void failedToStart(long id, String detail) {
        runs.find(id).ifPresent(r -> r.failed(clock.instant(), detail));
    }

    public Optional<ImportReport> report(long id) {
        return runs.findFresh(id).map(this::report);
    }

    public List<ImportReport> recent(int first, int limit) {
        return runs.recent(first, limit).stream().map(this::report).toList();
    }

    public long count() {
        return runs.count();
    }

    private ImportReport report(ImportRun r) {
        String site = r.websiteId() == null
                ? null
                : websites.find(r.websiteId()).map(Website::hostname).orElse(null);
        return ImportReport.of(r, site, settings.rawFiles());
    }
}
