package nl.provalue.privacy.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored recovery code (its hash, see {@link RecoveryCodes}); usable once instead of the authenticator. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(long accountId, String codeHash, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    public boolean isUnused() {
        return usedAt == null;
    }

    public void use(Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("Recovery code already used");
        }
        usedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String codeHash() {
        return codeHash;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
