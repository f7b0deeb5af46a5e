package nl.provalue.privacy.application.importing;

import java.io.InputStream;

/** Where uploaded logs wait for their import. */
public interface LogFileStore {

    /** A stored file: where, how large, and its SHA-256 (hex). */
    record StoredLog(String path, long size, String sha256) {}

    /**
     * Streams the content to storage, never holding it in memory whole. Whatever stops it (the
     * content ends early or breaks off, the disk is full, more than {@code maxBytes} arrive), no
     * part of the file stays behind: the next upload finds the space free and no personal data lies
     * around.
     *
     * @throws LogTooLargeException when the content has more than {@code maxBytes}
     */
    StoredLog store(String fileName, InputStream content, long maxBytes);

    /** A file in storage: where, its name (unique in the store), and when it was last written. */
    record StoredFile(String path, String name, java.time.Instant lastWritten) {}

    /** The stored files last written before {@code before}, whether an import records them or not. */
    java.util.List<StoredFile> writtenBefore(java.time.Instant before);

    /** Removes a stored file that will not be imported. */
    void delete(StoredLog stored);

    /** P4: removes a stored file by its path; a file already gone is no error. */
    void delete(String path);
}
