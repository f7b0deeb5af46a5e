package nl.provalue.privacy.application.desk;

import java.time.Instant;
import java.util.Optional;

/** P1: the letters and e-mails personal-data items came from, kept with the item. */
public interface DocumentStore {

    /** A stored document, without its bytes. */
    record StoredDocument(long itemId, String fileName, String contentType, long sizeBytes, String sha256) {}

    StoredDocument store(long itemId, PrivacyDesk.Attachment document, Instant at, String by);

    Optional<StoredDocument> of(long itemId);

    /** The file names of the documents of these items, by item. */
    java.util.Map<Long, String> namesOf(java.util.Collection<Long> itemIds);

    /** Streams the bytes to {@code out}. */
    void copyTo(long itemId, java.io.OutputStream out);
}
