package nl.provalue.privacy.domain.disclosure;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** P11: storage of the documents attached to requests. */
public interface AttachmentStore {

    /** Stores the document, computing its SHA-256 while it streams in. */
    Attachment store(long requestId, String fileName, String contentType, InputStream content, Instant at, String by);

    List<Attachment> of(long requestId);

    Optional<Attachment> find(long attachmentId);

    /** Writes the stored bytes. */
    void copy(long attachmentId, OutputStream out);

    /** The SHA-256 of each document's stored bytes as they are now, by request. */
    Map<Long, List<String>> recomputedFingerprints();
}
