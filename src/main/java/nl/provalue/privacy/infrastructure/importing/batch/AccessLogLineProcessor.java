package nl.provalue.privacy.infrastructure.importing.batch;

import java.util.Locale;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.LogLine;
import nl.provalue.privacy.infrastructure.importing.ProcessedLine;
import nl.provalue.privacy.infrastructure.importing.accesslog.AccessLogLine;
import nl.provalue.privacy.infrastructure.importing.accesslog.AccessLogParser;
import nl.provalue.privacy.infrastructure.importing.accesslog.LineKeys;
import nl.provalue.privacy.infrastructure.importing.accesslog.ParseResult;

/**
 * P3, P6: turns access-log lines into entries of the import's website. A line naming another
 * virtual host (vhost_combined logs of a shared server) is not this website's and is not placed.
 */
@Named
@Dependent
public class AccessLogLineProcessor implements ItemProcessor {

    /** One line to store: the parsed fields, the line's key and its size in the file. */
    public record AccessRow(AccessLogLine line, long lineKey, int storedBytes) {
    }

    @Inject @BatchProperty(name = "importId") String importId;
    @Inject ImportProgress progress;

    private final AccessLogParser parser = new AccessLogParser();
    private final LineKeys keys = new LineKeys();
    private String site;

    @Override
    public Object processItem(Object item) {
        if (site == null) {
            site = bare(progress.websiteHostname(Long.parseLong(importId)));
        }
        LogLine line = (LogLine) item;
        ParseResult result = parser.parse(line.text());
        if (result instanceof ParseResult.Skipped s) {
            return new ProcessedLine.Skipped(line, s.reason());
        }
        AccessLogLine parsed = ((ParseResult.Parsed) result).line();
        if (parsed.virtualHost() != null && !bare(parsed.virtualHost()).equals(site)) {
            return new ProcessedLine.Unmatched(line, "virtual host " + parsed.virtualHost());
        }
        return new ProcessedLine.Entry<>(line, new AccessRow(parsed, keys.next(line.text()), line.bytes()));
    }

    /** example.nl for www.example.nl: both names serve one website. */
    static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
