package nl.provalue.privacy.application.importing;

import java.io.InputStream;

/** Where uploaded logs wait for their import. */
public interface LogFileStore {

    /** A stored file: where, how large, and its SHA-256 (hex). */
    record StoredLog(String path, long size, String sha256) {
    }

    /** Streams the content to storage, never holding it in memory whole. */
    StoredLog store(String fileName, InputStream content);

    /** Removes a stored file that will not be imported. */
    void delete(StoredLog stored);
}
