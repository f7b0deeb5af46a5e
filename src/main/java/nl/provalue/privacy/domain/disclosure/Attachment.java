package nl.provalue.privacy.domain.disclosure;

import java.io.Serializable;
import java.time.Instant;

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

    /** What the register's chain records of it. */
    public String fingerprint() {
        return fileName + ":" + sha256;
    }
}
