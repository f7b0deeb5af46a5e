package nl.provalue.privacy.infrastructure.importing;

import java.io.Serializable;

/**
 * One line of a log file: its number (from 1), its text without the line end, and how many bytes
 * it took in the file including the line end. {@code replay} marks a line that an earlier run
 * already committed and that is read again only to rebuild state (Postfix joins lines by queue id).
 */
public record LogLine(long number, String text, int bytes, boolean replay) implements Serializable {
}
