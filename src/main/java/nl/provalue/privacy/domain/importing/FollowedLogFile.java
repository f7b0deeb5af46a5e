package nl.provalue.privacy.domain.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * P4: the live Postfix log the portal follows, and how far its lines have been handed to imports.
 * The file is known by its identity ({@code fileKey}: device and inode), so a rotation by rename is
 * told apart from a file that grew; the file renamed away stays followed as the previous file
 * until it is gone, because Postfix may write to it until it reopens its log. Offsets always lie at
 * a line end.
 */
@Entity
@Table(name = "followed_log_file")
public class FollowedLogFile {

    /** There is one followed file. */
    public static final long THE_ONE = 1L;

    @Id
    private Long id;

    @Column(name = "path", length = 1000)
    private String path;

    @Column(name = "file_key", length = 200)
    private String fileKey;

    @Column(name = "handed_bytes", nullable = false)
    private long handedBytes;

    @Column(name = "size_seen", nullable = false)
    private long sizeSeen;

    @Column(name = "previous_file_key", length = 200)
    private String previousFileKey;

    @Column(name = "previous_handed_bytes", nullable = false)
    private long previousHandedBytes;

    @Column(name = "previous_size_seen", nullable = false)
    private long previousSizeSeen;

    @Column(name = "lines_handed", nullable = false)
    private long linesHanded;

    @Column(name = "bytes_handed", nullable = false)
    private long bytesHanded;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "grown_at")
    private Instant grownAt;

    @Column(name = "last_import_id")
    private Long lastImportId;

    protected FollowedLogFile() {}

    /** What a check found: the files by identity, how far each is handed over and how large it is. */
    public void checked(
            String path,
            String fileKey,
            long handedBytes,
            long sizeSeen,
            String previousFileKey,
            long previousHandedBytes,
            long previousSizeSeen,
            Instant at) {
        this.path = path;
        this.fileKey = fileKey;
        this.handedBytes = handedBytes;
        this.sizeSeen = sizeSeen;
        this.previousFileKey = previousFileKey;
        this.previousHandedBytes = previousFileKey == null ? 0 : previousHandedBytes;
        this.previousSizeSeen = previousFileKey == null ? 0 : previousSizeSeen;
        this.checkedAt = at;
    }

    /** New lines were handed to an import. */
    public void handedOver(long lines, long bytes, long importId, Instant at) {
        this.linesHanded += lines;
        this.bytesHanded += bytes;
        this.lastImportId = importId;
        this.grownAt = at;
    }

    /** Bytes the files hold that no import has been given yet (an unfinished last line included). */
    public long lagBytes() {
        return Math.max(0, sizeSeen - handedBytes) + Math.max(0, previousSizeSeen - previousHandedBytes);
    }

    /** How long ago new lines last arrived; empty before the first. */
    public Optional<Duration> sinceNewLines(Instant now) {
        return Optional.ofNullable(grownAt).map(g -> Duration.between(g, now));
    }

    public String path() {
        return path;
    }

    public String fileKey() {
        return fileKey;
    }

    public long handedBytes() {
        return handedBytes;
    }

    public long sizeSeen() {
        return sizeSeen;
    }

    public String previousFileKey() {
        return previousFileKey;
    }

    public long previousHandedBytes() {
        return previousHandedBytes;
    }

    public long previousSizeSeen() {
        return previousSizeSeen;
    }

    public long linesHanded() {
        return linesHanded;
    }

    public long bytesHanded() {
        return bytesHanded;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public Instant grownAt() {
        return grownAt;
    }

    public Optional<Long> lastImportId() {
        return Optional.ofNullable(lastImportId);
    }
}
