package nl.provalue.privacy.infrastructure.persistence;

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

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import nl.provalue.privacy.application.desk.DocumentStore;
import nl.provalue.privacy.application.desk.PrivacyDesk;

/** Documents as BLOBs next to their item, streamed through JDBC (never loaded with the item). */
@ApplicationScoped
public class JdbcDocumentStore implements DocumentStore {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public StoredDocument store(long itemId, PrivacyDesk.Attachment document, Instant at, String by) {
        String name = document.fileName() == null || document.fileName().isBlank() ? "document" : document.fileName();
        name = name.length() <= 255 ? name : name.substring(name.length() - 255);
        String type = document.contentType() == null ? "application/octet-stream" : document.contentType();
        try (SpooledUpload upload = new SpooledUpload(document.content());
             Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                     "INSERT INTO personal_data_document (item_id, file_name, content_type, size_bytes, sha256, content,"
                             + " stored_at, stored_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             InputStream content = upload.open()) {
            p.setLong(1, itemId);
            p.setString(2, name);
            p.setString(3, type.length() <= 100 ? type : "application/octet-stream");
            p.setLong(4, upload.size());
            p.setString(5, upload.sha256());
            p.setBinaryStream(6, content, upload.size());
            p.setTimestamp(7, SqlTime.of(at));
            p.setString(8, by);
            p.executeUpdate();
            return new StoredDocument(itemId, name, type, upload.size(), upload.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the document of item " + itemId, e);
        }
    }

    @Override
    public Optional<StoredDocument> of(long itemId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT file_name, content_type, size_bytes, sha256 FROM personal_data_document WHERE item_id = ?")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new StoredDocument(itemId, rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4))) : Optional.empty();
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
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT item_id, file_name FROM personal_data_document WHERE item_id IN ("
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
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT content FROM personal_data_document WHERE item_id = ?")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
