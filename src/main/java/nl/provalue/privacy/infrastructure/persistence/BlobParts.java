package nl.provalue.privacy.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A document's bytes as numbered parts of at most {@link #PART_BYTES} in a table of its own, so
 * that no statement carries more than a default MariaDB accepts ({@code max_allowed_packet} is
 * 16 MB out of the box, and a 25 MB document in one row would be refused). Reading streams the
 * parts in order, one row at a time, so a document is never held in memory whole.
 */
final class BlobParts {

    /** Well below MariaDB's default packet limit of 16 MB, with room for the statement around it. */
    static final int PART_BYTES = 4 * 1024 * 1024;

    private final String table;
    private final String keyColumn;

    /** Both names are constants of this package, never input. */
    BlobParts(String table, String keyColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /**
     * Writes the bytes as parts 0, 1, 2 …; the caller's transaction makes them appear together.
     * An empty document has no parts, and no statement is prepared for it: a prepared statement
     * closed without ever being run trips the MariaDB driver (a NullPointerException in
     * {@code getMoreResults}) once the server's statement cache hands the same SQL out again.
     */
    void write(Connection c, long key, InputStream in) throws SQLException, IOException {
        byte[] buffer = new byte[PART_BYTES];
        int n = in.readNBytes(buffer, 0, PART_BYTES);
        if (n == 0) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + table + " (" + keyColumn + ", part_no, content) VALUES (?, ?, ?)")) {
            int part = 0;
            while (n > 0) {
                p.setLong(1, key);
                p.setInt(2, part++);
                p.setBytes(3, n == PART_BYTES ? buffer : Arrays.copyOf(buffer, n));
                p.executeUpdate();
                n = n < PART_BYTES ? 0 : in.readNBytes(buffer, 0, PART_BYTES);
            }
        }
    }

    /** Writes the stored bytes to {@code out}, part after part. */
    void copy(Connection c, long key, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement p =
                c.prepareStatement("SELECT content FROM " + table + " WHERE " + keyColumn + " = ? ORDER BY part_no")) {
            p.setLong(1, key);
            // One row at a time from the server rather than the whole document at once.
            p.setFetchSize(1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    try (InputStream part = rs.getBinaryStream(1)) {
                        part.transferTo(out);
                    }
                }
            }
        }
    }
}
