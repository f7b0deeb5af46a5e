package nl.provalue.privacy.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One sign-in attempt: when, from which address and browser, under which typed name (as a hash,
 * see {@link SignInName}), for which account when the name is known, and with what outcome. The
 * throttle counts them; the account's owner sees their own.
 */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "name_key", nullable = false, length = 64)
    private String nameKey;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "source_address", nullable = false, length = 45)
    private String sourceAddress;

    @Column(name = "browser", nullable = false, length = 100)
    private String browser;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", nullable = false, length = 20)
    private SignInOutcome outcome;

    protected SignInAttempt() {}

    public SignInAttempt(Instant at, SignInName name, Long accountId, SignInClient client, SignInOutcome outcome) {
        this.attemptedAt = at;
        this.nameKey = name.key();
        this.accountId = accountId;
        this.sourceAddress = client.address();
        this.browser = client.browser();
        this.outcome = outcome;
    }

    public Long id() {
        return id;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Long accountId() {
        return accountId;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String browser() {
        return browser;
    }

    public SignInOutcome outcome() {
        return outcome;
    }
}
