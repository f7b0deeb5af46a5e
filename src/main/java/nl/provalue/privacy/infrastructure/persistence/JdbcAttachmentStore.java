package nl.provalue.privacy.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.provalue.privacy.domain.disclosure.Attachment;
import nl.provalue.privacy.domain.disclosure.AttachmentStore;

/**
 * Documents streamed in and out through JDBC, the bytes in parts ({@link BlobParts}) so that a
 * large order is never held in memory whole and never exceeds the database's packet limit. Kept
 * out of the JPA model on purpose: the bytes are never loaded with a request.
 */
@ApplicationScoped
public class JdbcAttachmentStore implements AttachmentStore {

    private static final String COLUMNS =
            "id, request_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by";

    private static final BlobParts PARTS = new BlobParts("disclosure_attachment_part", "attachment_id");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public Attachment store(
            long requestId, String fileName, String contentType, InputStream content, Instant at, String by) {
        try (SpooledUpload upload = new SpooledUpload(content);
                Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "insert into disclosure_attachment (request_id, file_name,"
                                + " content_type, size_bytes, sha256, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, requestId);
            p.setString(2, fileName);
            p.setString(3, contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType);
            p.setLong(4, upload.size());
            p.setString(5, upload.sha256());
            p.setObject(6, SqlTime.wallClock(at));
            p.setString(7, by);
            p.executeUpdate();
            long id;
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (InputStream bytes = upload.open()) {
                PARTS.write(c, id, bytes);
            }
            return new Attachment(id, requestId, fileName, contentType, upload.size(), upload.sha256(), at, by);
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
        return query("select " + COLUMNS + " from disclosure_attachment where id = ?", attachmentId).stream()
                .findFirst();
    }

    @Override
    public void copy(long attachmentId, OutputStream out) {
        try (Connection c = dataSource.getConnection()) {
            PARTS.copy(c, attachmentId, out);
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
                PreparedStatement p = c.prepareStatement("select a.id, a.request_id, a.file_name, part.content"
                        + " from disclosure_attachment a left join disclosure_attachment_part part on part.attachment_id = a.id"
                        + " order by a.id, part.part_no")) {
            p.setFetchSize(1);
            try (ResultSet rs = p.executeQuery()) {
                long current = -1;
                long requestId = 0;
                String fileName = null;
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                while (rs.next()) {
                    if (rs.getLong(1) != current) {
                        if (current != -1) {
                            out.computeIfAbsent(requestId, k -> new ArrayList<>())
                                    .add(fileName + ":" + HexFormat.of().formatHex(sha.digest()));
                        }
                        current = rs.getLong(1);
                        requestId = rs.getLong(2);
                        fileName = rs.getString(3);
                    }
                    try (InputStream part = rs.getBinaryStream(4)) {
                        if (part != null) {
                            try (InputStream in = new DigestInputStream(part, sha)) {
                                in.transferTo(OutputStream.nullOutputStream());
                            }
                        }
                    }
                }
                if (current != -1) {
                    out.computeIfAbsent(requestId, k -> new ArrayList<>())
                            .add(fileName + ":" + HexFormat.of().formatHex(sha.digest()));
                }
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
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Attachment(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getString(6),
                            SqlTime.read(rs, 7),
                            rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
