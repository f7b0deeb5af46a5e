package nl.provalue.privacy.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A one-time link sent by e-mail: to set a new password after "forgot password", or to activate a
 * new account by choosing its first password. Only a SHA-256 of the token is kept; the link works
 * once and for {@link #VALID_FOR} (ASVS 2.5.x: short-lived, single use).
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.byHash", query = "select t from AccountToken t where t.tokenHash = :hash")
public class AccountToken {

    /** How long a reset or activation link works. */
    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    /** What the link does. */
    public enum Purpose {
        PASSWORD_RESET,
        ACTIVATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purpose", nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    private AccountToken(long accountId, Purpose purpose, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** A new token: the entity to store and the secret to put in the link (never stored). */
    public record Issued(AccountToken token, String secret) {}

    public static Issued issue(long accountId, Purpose purpose, Instant now, SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(accountId, purpose, hash(secret), now), secret);
    }

    /** The stored form of a token from a link. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token from a link has exactly the form {@link #issue} gives it. */
    public static boolean wellFormed(String secret) {
        return secret != null && secret.matches("[A-Za-z0-9_-]{43}");
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("Link expired or used");
        }
        usedAt = now;
    }

    /** A newer link replaces this one. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
