package nl.provalue.privacy.infrastructure.importing;

/** What an import made of one line; the writer counts every line in exactly one way. */
public sealed interface ProcessedLine {

    LogLine line();

    /** The line gives an entry to store (a mail delivery, an access-log entry). */
    record Entry<T>(LogLine line, T entry) implements ProcessedLine {}

    /** The line was used but gives no entry of its own (a Postfix sender line, a "removed" line). */
    record Used(LogLine line) implements ProcessedLine {}

    /** A well-formed line with nothing to keep. */
    record Ignored(LogLine line, String reason) implements ProcessedLine {}

    /** A line that could not be parsed. */
    record Skipped(LogLine line, String reason) implements ProcessedLine {}

    /** A line that could not be placed (no sender line for a delivery, another virtual host). */
    record Unmatched(LogLine line, String reason) implements ProcessedLine {}
}
