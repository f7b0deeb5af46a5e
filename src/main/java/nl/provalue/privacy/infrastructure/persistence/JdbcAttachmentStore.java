package nl.provalue.privacy.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import nl.provalue.privacy.domain.disclosure.Attachment;
import nl.provalue.privacy.domain.disclosure.AttachmentStore;

/**
 * Documents as BLOBs, streamed in and out through JDBC so that a large order is never held in
 * memory whole. Kept out of the JPA model on purpose: the bytes are never loaded with a request.
 */
@ApplicationScoped
public class JdbcAttachmentStore implements AttachmentStore {

    private static final String COLUMNS = "id, request_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public Attachment store(long requestId, String fileName, String contentType, InputStream content, Instant at, String by) {
        try (SpooledUpload upload = new SpooledUpload(content);
             Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("insert into disclosure_attachment (request_id, file_name,"
                     + " content_type, size_bytes, sha256, content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             InputStream bytes = upload.open()) {
            p.setLong(1, requestId);
            p.setString(2, fileName);
            p.setString(3, contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType);
            p.setLong(4, upload.size());
            p.setString(5, upload.sha256());
            p.setBinaryStream(6, bytes, upload.size());
            p.setTimestamp(7, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
            p.setString(8, by);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return new Attachment(keys.getLong(1), requestId, fileName, contentType, upload.size(), upload.sha256(), at, by);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store attachment", e);
        }
    }

    @Override
    public List<Attachment> of(long requestId) {
        return query("select " + COLUMNS + " from disclosure_attachment where request_id = ? order by id", requestId);
    }

    @Override
    public Optional<Attachment> find(long attachmentId) {
        return query("select " + COLUMNS + " from disclosure_attachment where id = ?", attachmentId).stream().findFirst();
    }

    @Override
    public void copy(long attachmentId, OutputStream out) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select content from disclosure_attachment where id = ?")) {
            p.setLong(1, attachmentId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<Long, List<String>> recomputedFingerprints() {
        Map<Long, List<String>> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select request_id, file_name, content from disclosure_attachment order by id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(rs.getBinaryStream(3), sha)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2) + ":" + HexFormat.of().formatHex(sha.digest()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private List<Attachment> query(String sql, long id) {
        List<Attachment> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getTimestamp(7).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
