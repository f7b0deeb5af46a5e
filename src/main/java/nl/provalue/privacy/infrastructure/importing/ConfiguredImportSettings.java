package nl.provalue.privacy.infrastructure.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.provalue.privacy.application.importing.ImportSettings;
import nl.provalue.privacy.domain.importing.RawLogFileRetention;
import nl.provalue.privacy.infrastructure.config.ByteSizes;
import nl.provalue.privacy.infrastructure.config.WholeNumbers;

/**
 * The import limits from the server's configuration ({@code PORTAL_IMPORT_MAX_SIZE},
 * {@code PORTAL_IMPORT_FAILED_FILE_DAYS}); without them, 1 GB and 7 days.
 */
@ApplicationScoped
public class ConfiguredImportSettings implements ImportSettings {

    /** Without configuration: a log of at most 1 GB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;

    @Resource(lookup = "portal/importMaxSize")
    Object maxSizeSetting;

    @Resource(lookup = "portal/importFailedFileDays")
    Object failedFileDaysSetting;

    @Resource(lookup = "portal/importTakeoverSeconds")
    Object takeoverSetting;

    @Override
    public long maxFileBytes() {
        long max = ByteSizes.parse("PORTAL_IMPORT_MAX_SIZE", maxSizeSetting, DEFAULT_MAX_FILE_BYTES);
        return max > 0 ? max : DEFAULT_MAX_FILE_BYTES;
    }

    /** Reads the size setting at start, so that a wrong one stops the start (see PortalStartup). */
    public void checkSettings() {
        maxFileBytes();
        rawFiles();
        takeoverAfter();
    }

    /**
     * How long a running import's server may stay silent before another server takes the import
     * over: 2 minutes unless set, at least 10 seconds (a server says it is at work four times in
     * that span), at most an hour.
     */
    public java.time.Duration takeoverAfter() {
        return java.time.Duration.ofSeconds(
                WholeNumbers.parse("PORTAL_IMPORT_TAKEOVER_SECONDS", takeoverSetting, 120, 10, 3600));
    }

    @Override
    public RawLogFileRetention rawFiles() {
        return RawLogFileRetention.ofDays(days(failedFileDaysSetting));
    }

    /** P4: from one day up to the four weeks the mail log itself is kept; 7 where there is no such setting. */
    static long days(Object setting) {
        return WholeNumbers.parse(
                "PORTAL_IMPORT_FAILED_FILE_DAYS",
                setting,
                RawLogFileRetention.DEFAULT_FAILED_LIMIT.toDays(),
                1,
                RawLogFileRetention.MAXIMUM_FAILED_LIMIT.toDays());
    }
}
