package nl.provalue.privacy.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A signed-in session of one person. The HTTP session refers to it; once it has ended (logout,
 * idle, ended by its owner from another session, password changed) every further request of
 * that HTTP session is treated as signed out, on any server.
 */
@Entity
@Table(name = "sign_in_session")
public class SignInSession {

    /** The portal's promise: a session ends after 30 minutes without activity. */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    /** How stale "last seen" may get before it is written again (one write a minute at most). */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** Why a session ended. */
    public enum EndReason {
        LOGGED_OUT,
        IDLE,
        ENDED_BY_OWNER,
        PASSWORD_CHANGED,
        OTHER_SIGN_IN,
        CONTRACT_ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "source_address", nullable = false, length = 45)
    private String sourceAddress;

    @Column(name = "browser", nullable = false, length = 100)
    private String browser;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    protected SignInSession() {}

    public SignInSession(long accountId, SignInClient client, Instant at) {
        this.accountId = accountId;
        this.sourceAddress = client.address();
        this.browser = client.browser();
        this.startedAt = at;
        this.lastSeenAt = at;
    }

    /** Open, and used within the idle limit. */
    public boolean isActiveAt(Instant now) {
        return endedAt == null && !now.isAfter(lastSeenAt.plus(IDLE_LIMIT));
    }

    /** Records activity; returns whether anything changed (so callers write at most once a minute). */
    public boolean touch(Instant now) {
        if (now.isAfter(lastSeenAt.plus(TOUCH_INTERVAL))) {
            lastSeenAt = now;
            return true;
        }
        return false;
    }

    public void end(EndReason reason, Instant at) {
        if (endedAt == null) {
            endedAt = at;
            endReason = reason;
        }
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String browser() {
        return browser;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public EndReason endReason() {
        return endReason;
    }
}
