package nl.provalue.privacy.domain.account;

import java.time.Instant;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.staff.StaffMember;

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

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, Role role, Customer customer,
                        StaffMember staffMember, Instant createdAt) {
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

    public static UserAccount forCustomer(String username, String passwordHash, Customer customer, Instant now) {
        return new UserAccount(username, passwordHash, Role.CUSTOMER, customer, null, now);
    }

    public static UserAccount forStaff(String username, String passwordHash, StaffMember staff, Instant now) {
        return new UserAccount(username, passwordHash, Role.STAFF, null, staff, now);
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public void disable() {
        this.enabled = false;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String passwordHash() { return passwordHash; }
    public Role role() { return role; }
    public Customer customer() { return customer; }
    public StaffMember staffMember() { return staffMember; }
    public boolean isEnabled() { return enabled; }
    public Instant lastLoginAt() { return lastLoginAt; }
}
