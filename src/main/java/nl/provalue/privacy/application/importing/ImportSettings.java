package nl.provalue.privacy.application.importing;

import nl.provalue.privacy.domain.importing.RawLogFileRetention;

/** The configured limits of log imports. */
public interface ImportSettings {

    /** The largest log file an import takes, in bytes; a larger upload is refused whole. */
    long maxFileBytes();

    /** P4: how long uploaded files are kept (see {@link RawLogFileRetention}). */
    RawLogFileRetention rawFiles();
}
