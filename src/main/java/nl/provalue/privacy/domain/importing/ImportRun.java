package nl.provalue.privacy.domain.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One import of a log file: who started it, the file (by name, size and SHA-256), how far it got
 * and what it did with every line. {@code linesDone}/{@code bytesDone} are the checkpoint, written
 * in the same transaction as each chunk's entries.
 */
@Entity
@Table(name = "import_run")
@NamedQuery(name = "ImportRun.recent", query = "select r from ImportRun r order by r.createdAt desc, r.id desc")
@NamedQuery(name = "ImportRun.count", query = "select count(r) from ImportRun r")
@NamedQuery(
        name = "ImportRun.rawFilesDue",
        query = "select r from ImportRun r where r.rawFileDeletedAt is null"
                + " and ((r.status = :completed and r.finishedAt <= :now) or (r.status in :failed and r.finishedAt <= :failedCutoff))"
                + " order by r.finishedAt, r.id")
@NamedQuery(
        name = "ImportRun.withStatus",
        query = "select r from ImportRun r where r.status in :statuses order by r.id")
public class ImportRun {

    public static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private ImportKind kind;

    /** The website of an access log; none when each line goes to the website its virtual host names. */
    @Column(name = "website_id")
    private Long websiteId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "stored_path", nullable = false, length = 1000)
    private String storedPath;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "node", length = 120)
    private String node;

    /** When the server running it last said it is still at work (claim, every chunk, and between chunks). */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "lines_done", nullable = false)
    private long linesDone;

    @Column(name = "bytes_done", nullable = false)
    private long bytesDone;

    @Column(name = "imported", nullable = false)
    private long imported;

    @Column(name = "duplicates", nullable = false)
    private long duplicates;

    @Column(name = "ignored", nullable = false)
    private long ignored;

    @Column(name = "skipped", nullable = false)
    private long skipped;

    @Column(name = "unmatched", nullable = false)
    private long unmatched;

    @Column(name = "bytes_counted", nullable = false)
    private long bytesCounted;

    @Column(name = "detail", length = MAX_DETAIL)
    private String detail;

    /** P4: when the uploaded file was deleted; none while it is still on disk. */
    @Column(name = "raw_file_deleted_at")
    private Instant rawFileDeletedAt;

    protected ImportRun() {}

    public ImportRun(
            ImportKind kind,
            Long websiteId,
            String fileName,
            String storedPath,
            long fileSize,
            String fileSha256,
            String startedBy,
            Instant createdAt) {
        this.kind = kind;
        this.websiteId = websiteId;
        this.fileName = fileName.length() <= 255 ? fileName : fileName.substring(fileName.length() - 255);
        this.storedPath = storedPath;
        this.fileSize = fileSize;
        this.fileSha256 = fileSha256;
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.status = ImportStatus.QUEUED;
    }

    /**
     * A file that starts with lines already imported before, which the import only reads again to
     * know them (a Postfix delivery joins the sender line of its queue id): the checkpoint starts
     * after them. Only before the import starts.
     */
    public void startsAfter(long lines, long bytes) {
        if (status != ImportStatus.QUEUED || linesDone != 0 || lines < 0 || bytes < 0 || bytes > fileSize) {
            throw new IllegalStateException("Only a new import starts after lines it knows");
        }
        this.linesDone = lines;
        this.bytesDone = bytes;
    }

    /** One committed chunk. */
    public void chunkDone(ImportTally t) {
        linesDone += t.lines();
        bytesDone += t.bytes();
        imported += t.imported();
        duplicates += t.duplicates();
        ignored += t.ignored();
        skipped += t.skipped();
        unmatched += t.unmatched();
        bytesCounted += t.bytesCounted();
    }

    public void completed(Instant at, String detail) {
        this.status = ImportStatus.COMPLETED;
        this.finishedAt = at;
        if (detail != null) {
            this.detail = clip(detail);
        }
    }

    public void failed(Instant at, String detail) {
        this.status = ImportStatus.FAILED;
        this.finishedAt = at;
        this.detail = clip(detail);
    }

    /**
     * A remark about the file found while reading it (an over-long line), kept when the import
     * completes without a remark of its own; the first one stays.
     */
    public void remark(String remark) {
        if (detail == null) {
            this.detail = clip(remark);
        }
    }

    /** P4: the uploaded file is gone; the import can no longer be resumed. */
    public void rawFileDeleted(Instant at) {
        if (rawFileDeletedAt == null) {
            this.rawFileDeletedAt = at;
        }
    }

    /**
     * A finished import of which not one line could be read, such as a mail log uploaded as an
     * access log: done, but worth a warning rather than a plain "done".
     */
    public static boolean nothingReadable(ImportStatus status, long lines, long unreadable) {
        return status == ImportStatus.COMPLETED && lines > 0 && unreadable == lines;
    }

    /** Failed or interrupted, and its file still there to continue from. */
    public boolean canResume() {
        return status.canResume() && rawFileDeletedAt == null;
    }

    public void interrupted(Instant at) {
        this.status = ImportStatus.INTERRUPTED;
        this.finishedAt = at;
    }

    /** How far the file has been read, 0..100. */
    public int percentDone() {
        if (status == ImportStatus.COMPLETED || fileSize == 0) {
            return status == ImportStatus.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(99, bytesDone * 100 / fileSize);
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL);
    }

    public Long id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public Long websiteId() {
        return websiteId;
    }

    public String fileName() {
        return fileName;
    }

    public String storedPath() {
        return storedPath;
    }

    public long fileSize() {
        return fileSize;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public ImportStatus status() {
        return status;
    }

    public String node() {
        return node;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    /**
     * Whether this job execution on this server still holds the run: it is running, and neither a
     * resumption nor another server has taken it since. A job that no longer holds its run commits
     * nothing more.
     */
    public boolean isHeldBy(String node, long jobExecution) {
        return status == ImportStatus.RUNNING
                && node.equals(this.node)
                && jobExecutionId != null
                && jobExecutionId == jobExecution;
    }

    /**
     * Whether the server running it has gone silent: running, and not heard of for {@code silence}
     * or longer (counted from its start when it never said anything).
     */
    public boolean isAbandoned(Instant now, java.time.Duration silence) {
        return status == ImportStatus.RUNNING && !lastHeard().plus(silence).isAfter(now);
    }

    /**
     * When its server last said it was at work on it: its last heartbeat, else its start, else
     * when it was made.
     */
    public Instant lastHeard() {
        return heartbeatAt != null ? heartbeatAt : startedAt != null ? startedAt : createdAt;
    }

    /** The server running it is still at work. */
    public void heartbeat(Instant at) {
        this.heartbeatAt = at;
    }

    public long linesDone() {
        return linesDone;
    }

    public long bytesDone() {
        return bytesDone;
    }

    public long imported() {
        return imported;
    }

    public long duplicates() {
        return duplicates;
    }

    public long ignored() {
        return ignored;
    }

    public long skipped() {
        return skipped;
    }

    public long unmatched() {
        return unmatched;
    }

    public long bytesCounted() {
        return bytesCounted;
    }

    public String detail() {
        return detail;
    }

    public Instant rawFileDeletedAt() {
        return rawFileDeletedAt;
    }
}
