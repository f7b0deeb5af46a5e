package nl.provalue.privacy.domain.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * P6: one visit to a customer's website: the visitor's IP address, the page, the time and the
 * bytes served. Kept as long as the log store's space budget allows, oldest removed first.
 */
@Entity
@Table(name = "access_log_entry")
@NamedQuery(
        name = "AccessLogEntry.oldestForSite",
        query = "select min(a.requestedAt) from AccessLogEntry a where a.website.id = :websiteId")
@NamedQuery(
        name = "AccessLogEntry.oldestForSites",
        query = "select a.website.id, min(a.requestedAt) from AccessLogEntry a where a.website.id in :websiteIds"
                + " group by a.website.id")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "website_id", nullable = false)
    private Website website;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "client_ip", nullable = false, length = 45)
    private String clientIp;

    @Column(name = "http_method", nullable = false, length = 16)
    private String method;

    @Column(name = "path", nullable = false, length = 2048)
    private String path;

    @Column(name = "status_code", nullable = false)
    private int statusCode;

    @Column(name = "response_bytes", nullable = false)
    private long responseBytes;

    /** P6: the entry's share of the log's storage: the bytes of its line in the log file. */
    @Column(name = "stored_bytes", nullable = false)
    private int storedBytes;

    /** Identifies the log line an imported entry came from; null for entries from elsewhere. */
    @Column(name = "line_key")
    private Long lineKey;

    protected AccessLogEntry() {}

    public AccessLogEntry(
            Website website,
            Instant requestedAt,
            String clientIp,
            String method,
            String path,
            int statusCode,
            long responseBytes) {
        this.website = website;
        this.requestedAt = requestedAt;
        this.clientIp = clientIp;
        this.method = method;
        this.path = path.length() > 2048 ? path.substring(0, 2048) : path;
        this.statusCode = statusCode;
        this.responseBytes = responseBytes;
        this.storedBytes = AccessLogBudget.estimatedLineBytes(this.path, clientIp);
    }

    public Long id() {
        return id;
    }

    public Website website() {
        return website;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String clientIp() {
        return clientIp;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public int statusCode() {
        return statusCode;
    }

    public long responseBytes() {
        return responseBytes;
    }

    public int storedBytes() {
        return storedBytes;
    }

    public Long lineKey() {
        return lineKey;
    }
}
