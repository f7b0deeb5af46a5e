package nl.provalue.privacy.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import nl.provalue.privacy.application.desk.DocumentStore;
import nl.provalue.privacy.application.desk.PrivacyDesk;

/**
 * Documents next to their item, streamed through JDBC (never loaded with the item), the bytes in
 * parts ({@link BlobParts}) so that a 25 MB letter fits a database with its default packet limit.
 */
@ApplicationScoped
public class JdbcDocumentStore implements DocumentStore {

    private static final BlobParts PARTS = new BlobParts("personal_data_document_part", "item_id");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public StoredDocument store(long itemId, PrivacyDesk.Attachment document, Instant at, String by) {
        String name = document.fileName() == null || document.fileName().isBlank() ? "document" : document.fileName();
        if (name.length() > 255) {
            throw new IllegalArgumentException("A document's name is at most 255 characters");
        }
        String type = document.contentType() == null ? "application/octet-stream" : document.contentType();
        try (SpooledUpload upload = new SpooledUpload(document.content());
                Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO personal_data_document (item_id, file_name, content_type, size_bytes, sha256,"
                                + " stored_at, stored_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
                InputStream content = upload.open()) {
            p.setLong(1, itemId);
            p.setString(2, name);
            p.setString(3, type.length() <= 100 ? type : "application/octet-stream");
            p.setLong(4, upload.size());
            p.setString(5, upload.sha256());
            p.setObject(6, SqlTime.wallClock(at));
            p.setString(7, by);
            p.executeUpdate();
            PARTS.write(c, itemId, content);
            return new StoredDocument(itemId, name, type, upload.size(), upload.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the document of item " + itemId, e);
        }
    }

    @Override
    public Optional<StoredDocument> of(long itemId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "SELECT file_name, content_type, size_bytes, sha256 FROM personal_data_document WHERE item_id = ?")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next()
                        ? Optional.of(new StoredDocument(
                                itemId, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> itemIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (itemIds.isEmpty()) {
            return names;
        }
        java.util.List<Long> ids = java.util.List.copyOf(itemIds);
        try (Connection c = dataSource.getConnection();
                PreparedStatement p =
                        c.prepareStatement("SELECT item_id, file_name FROM personal_data_document WHERE item_id IN ("
                                + "?,".repeat(ids.size() - 1) + "?)")) {
            for (int i = 0; i < ids.size(); i++) {
                p.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    @Override
    public void copyTo(long itemId, OutputStream out) {
        try (Connection c = dataSource.getConnection()) {
            PARTS.copy(c, itemId, out);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
