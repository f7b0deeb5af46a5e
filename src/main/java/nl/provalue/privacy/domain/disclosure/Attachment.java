package nl.provalue.privacy.domain.disclosure;

import java.io.Serializable;
import java.time.Instant;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/** P11: a document attached to a request (the order itself), known by its SHA-256. */
public record Attachment(
        long id,
        long requestId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt,
        String uploadedBy)
        implements Serializable {

    /** P11: the longest file name an attachment keeps. A longer one is refused, never cut. */
    public static final int MAX_FILE_NAME = 255;

    /**
     * P11: the name an attachment of request {@code requestId} is kept under: the name given, with
     * path separators made harmless. A missing name, or one longer than {@link #MAX_FILE_NAME}, is
     * refused: the register keeps what was handed over, not a shortened name.
     */
    public static String keptName(String given, long requestId) {
        if (given == null || given.isBlank()) {
            throw new PolicyViolationException("policy.P11.attachmentRequired", String.valueOf(requestId));
        }
        if (given.length() > MAX_FILE_NAME) {
            throw new PolicyViolationException("policy.P11.attachmentNameTooLong", String.valueOf(requestId));
        }
        return given.replaceAll("[\\\\/]", "_");
    }

    /** What the register's chain records of it. */
    public String fingerprint() {
        return fileName + ":" + sha256;
    }
}
