package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.provalue.privacy.domain.web.SiteHost;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.LogLine;
import nl.provalue.privacy.infrastructure.importing.ProcessedLine;
import nl.provalue.privacy.infrastructure.importing.accesslog.AccessLogLine;
import nl.provalue.privacy.infrastructure.importing.accesslog.ParseResult;

/**
 * P3, P6: turns access-log lines, parsed by the {@link AccessLogLineReader}, into entries. An import for one website takes the lines of that
 * website (a line naming another virtual host is not placed); an import without a website places
 * each line with the website its virtual host names (the vhost_combined log of a shared server).
 */
@Named
@Dependent
public class AccessLogLineProcessor implements ItemProcessor {

    /**
     * Whether a line of this import's log belongs to its website: the website serves the line's host,
     * and no other website has exactly that name (www.example.nl and example.nl may be two sites).
     */
    private boolean servesOnlyThisSite(String virtualHost) {
        if (!SiteHost.serves(site, virtualHost)) {
            return false;
        }
        long other = byHost.computeIfAbsent(
                virtualHost.toLowerCase(Locale.ROOT),
                h -> progress.websiteIdOf(h).orElse(-1L));
        return other < 0 || other == siteId;
    }

    /** One line to store: the parsed fields, the line's key and its size in the file. */
    public record AccessRow(long websiteId, AccessLogLine line, long lineKey, int storedBytes) {}

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    private boolean started;
    /** The import's website; null when each line goes to the website its virtual host names. */
    private Long siteId;

    private String site;
    private final Map<String, Long> byHost = new HashMap<>();

    @Override
    public Object processItem(Object item) {
        if (!started) {
            long id = Long.parseLong(importId);
            siteId = progress.load(id).websiteId();
            site = siteId == null ? null : progress.websiteHostname(id);
            started = true;
        }
        AccessLogLineReader.ParsedLine read = (AccessLogLineReader.ParsedLine) item;
        LogLine line = read.line();
        if (line.tooLong()) {
            // Only its start was read: parsed, it could pass for a shorter line that is not in the file.
            return line.replay() ? null : new ProcessedLine.Skipped(line, "too long");
        }
        if (line.replay()) {
            // Committed before the checkpoint: read again only so that repeated lines keep their keys.
            return null;
        }
        ParseResult result = read.result();
        if (result instanceof ParseResult.Skipped s) {
            return new ProcessedLine.Skipped(line, s.reason());
        }
        AccessLogLine parsed = ((ParseResult.Parsed) result).line();
        Long target;
        if (siteId != null) {
            if (parsed.virtualHost() != null && !servesOnlyThisSite(parsed.virtualHost())) {
                return new ProcessedLine.Unmatched(line, "virtual host " + parsed.virtualHost());
            }
            target = siteId;
        } else {
            if (parsed.virtualHost() == null) {
                return new ProcessedLine.Unmatched(line, "no virtual host");
            }
            target = byHost.computeIfAbsent(
                    parsed.virtualHost().toLowerCase(Locale.ROOT),
                    h -> progress.websiteIdOf(h).orElse(-1L));
            if (target < 0) {
                return new ProcessedLine.Unmatched(line, "no website " + parsed.virtualHost());
            }
        }
        return new ProcessedLine.Entry<>(
                line, new AccessRow(target, parsed, read.key(), Math.toIntExact(line.bytes())));
    }
}
