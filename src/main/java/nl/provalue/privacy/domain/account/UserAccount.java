package nl.provalue.privacy.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.staff.StaffMember;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A login: user name, a slow salted password hash (never the password), and whose account it is:
 * exactly one customer or one staff member.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "select a from UserAccount a where a.username = :username")
@NamedQuery(name = "UserAccount.count", query = "select count(a) from UserAccount a")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 100, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_member_id")
    private StaffMember staffMember;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Base32 TOTP secret once a second factor is set up; null without one. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The last TOTP time step accepted, so that no code is accepted twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected UserAccount() {}

    private UserAccount(
            String username,
            String passwordHash,
            Role role,
            Customer customer,
            StaffMember staffMember,
            Instant createdAt) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            throw new IllegalArgumentException("Invalid user name: " + username);
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.customer = customer;
        this.staffMember = staffMember;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /**
     * Stands in for a password hash until the owner chooses a password through the activation
     * link: no password matches it (it is not a hash at all).
     */
    public static final String NOT_ACTIVATED = "!not-activated";

    /** P8: the password of a login closed because the customer left; no password matches it. */
    public static final String CLOSED = "!closed";

    /** Whether the owner has chosen a password yet. */
    public boolean isActivated() {
        return !NOT_ACTIVATED.equals(passwordHash);
    }

    public static UserAccount forCustomer(String username, String passwordHash, Customer customer, Instant now) {
        return new UserAccount(username, passwordHash, Role.CUSTOMER, customer, null, now);
    }

    public static UserAccount forStaff(String username, String passwordHash, StaffMember staff, Instant now) {
        return new UserAccount(username, passwordHash, Role.STAFF, null, staff, now);
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    /** A new password hash (the policy was checked by the caller). */
    public void changePassword(String newHash, Instant at) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
    }

    /**
     * Staff must sign in with a second factor: their login opens any customer (P12). Customers
     * may choose one.
     */
    public boolean requiresSecondFactor() {
        return role == Role.STAFF || hasSecondFactor();
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Sets up the second factor with the step of the code that confirmed it (used up). */
    public void enableSecondFactor(TotpSecret secret, long confirmedStep, Instant at) {
        this.totpSecret = secret.base32();
        this.totpLastStep = confirmedStep;
        this.totpEnabledAt = at;
    }

    /** Only customers can switch their second factor off; staff always have one. */
    public void disableSecondFactor() {
        if (role == Role.STAFF) {
            throw new IllegalStateException("Staff sign in with a second factor");
        }
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnabledAt = null;
    }

    public java.util.Optional<TotpSecret> totpSecret() {
        return java.util.Optional.ofNullable(totpSecret).map(TotpSecret::fromBase32);
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    /** A code of this step was accepted: older and equal steps are refused from now on. */
    public void useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            throw new IllegalArgumentException("TOTP step already used");
        }
        this.totpLastStep = step;
    }

    /** Where mail about this login goes: the customer's or staff member's own address. */
    public String email() {
        return role == Role.CUSTOMER ? customer.contact().email() : staffMember.email();
    }

    public String displayName() {
        return role == Role.CUSTOMER ? customer.contact().fullName() : staffMember.fullName();
    }

    public Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Customer customer() {
        return customer;
    }

    public StaffMember staffMember() {
        return staffMember;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Whether the account may sign in at {@code now}: switched on, and, for a customer, the
     * contract has not ended (P8). The login of a customer who left closes at the contract's end,
     * also before the retention rule has switched the account off.
     */
    public boolean isOpenAt(Instant now) {
        return enabled && (customer == null || !customer.hasLeftAt(now));
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
