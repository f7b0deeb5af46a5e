package nl.provalue.privacy.domain.importing;

/**
 * What one chunk of an import did. {@code lines} and {@code bytes} are what was read;
 * {@code imported} and {@code duplicates} count entries (an entry already stored is not stored
 * again); {@code ignored} counts well-formed lines that carry nothing to keep (other daemons,
 * connection chatter); {@code skipped} counts lines that could not be parsed; {@code unmatched}
 * counts entries that could not be placed (a Postfix delivery whose sender line is not in the
 * file, an access-log line for another virtual host); {@code bytesCounted} is the traffic the
 * imported entries add up to.
 */
public record ImportTally(
        long lines,
        long bytes,
        long imported,
        long duplicates,
        long ignored,
        long skipped,
        long unmatched,
        long bytesCounted) {

    public static final ImportTally EMPTY = new ImportTally(0, 0, 0, 0, 0, 0, 0, 0);

    public ImportTally plus(ImportTally o) {
        return new ImportTally(
                lines + o.lines,
                bytes + o.bytes,
                imported + o.imported,
                duplicates + o.duplicates,
                ignored + o.ignored,
                skipped + o.skipped,
                unmatched + o.unmatched,
                bytesCounted + o.bytesCounted);
    }
}
