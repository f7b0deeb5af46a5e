package nl.provalue.privacy.infrastructure.importing;

import java.io.Serializable;

/**
 * One line of a log file: its number (from 1), its text without the line end, and how many bytes
 * it took in the file including the line end (a long: a line of gigabytes is counted right).
 * {@code replay} marks a line that an earlier run already committed and that is read again only to
 * rebuild state (Postfix joins lines by queue id). {@code tooLong} marks a line longer than
 * {@link LogFileReader#MAX_LINE}, of which only the start was kept: it is not read as a log line.
 */
public record LogLine(long number, String text, long bytes, boolean replay, boolean tooLong) implements Serializable {

    /** The remark an import keeps about its first over-long line. */
    public String tooLongRemark() {
        return "Line " + number + " is longer than " + (LogFileReader.MAX_LINE / 1024) + " KiB (" + bytes
                + " bytes) and was not read; it is counted as unreadable.";
    }
}
