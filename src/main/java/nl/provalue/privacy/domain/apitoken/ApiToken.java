package nl.provalue.privacy.domain.apitoken;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.staff.StaffMember;

/**
 * A key with which one of the provider's own systems calls the API: a name people recognise
 * ("billing", "backup system"), what it may do, until when, who made it, and whether it was
 * revoked. It is valid until the end of its last day (Amsterdam time), at most a year after it was
 * made, so a forgotten key stops working by itself.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "select t from ApiToken t where t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.all", query = "select t from ApiToken t order by t.createdAt desc, t.id desc")
@NamedQuery(name = "ApiToken.countByName", query = "select count(t) from ApiToken t where lower(t.name) = lower(:name)")
public class ApiToken {

    public static final int MAX_NAME_LENGTH = 60;
    /** The furthest last day of a new key: a year from the day it is made. */
    public static final int MAX_DAYS = 365;

    private static final ZoneId ZONE = PolicyClock.PROVIDER_ZONE;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N} ._-]*[\\p{L}\\p{N}._-])?");

    /** Why a key cannot be made as asked; each is a message key. */
    public enum Problem {
        NAME_MISSING("apiTokens.nameMissing"),
        NAME_TOO_LONG("apiTokens.nameTooLong"),
        NAME_INVALID("apiTokens.nameInvalid"),
        NAME_TAKEN("apiTokens.nameTaken"),
        NO_SCOPE("apiTokens.noScope"),
        EXPIRY_MISSING("apiTokens.expiryMissing"),
        EXPIRY_PAST("apiTokens.expiryPast"),
        EXPIRY_TOO_FAR("apiTokens.expiryTooFar");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A key asked for with a problem. */
    public static final class Refused extends IllegalArgumentException {
        private final Problem problem;

        public Refused(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** What people see of a key's state. */
    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "scopes", nullable = false, length = 200)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false)
    private StaffMember createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by_id")
    private StaffMember revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_used_from", length = 45)
    private String lastUsedFrom;

    protected ApiToken() {}

    /**
     * A new key for {@code secret}, valid through {@code lastDay} (Amsterdam), made at {@code now}
     * by {@code by}. Refused ({@link Refused}) for a missing, over-long or odd name, no scope, or a
     * last day before today or more than {@link #MAX_DAYS} days ahead.
     */
    public ApiToken(
            String name, Set<ApiScope> scopes, LocalDate lastDay, ApiTokenSecret secret, StaffMember by, Instant now) {
        this.name = checkedName(name);
        if (scopes == null || scopes.isEmpty()) {
            throw new Refused(Problem.NO_SCOPE);
        }
        this.expiresAt = expiryOf(lastDay, now);
        this.scopes = EnumSet.copyOf(scopes).stream().map(Enum::name).collect(Collectors.joining(","));
        this.tokenHash = secret.hash();
        this.createdBy = by;
        this.createdAt = now;
    }

    /** A name as given, or {@link Refused}: nothing is trimmed or shortened. */
    public static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new Refused(Problem.NAME_MISSING);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new Refused(Problem.NAME_TOO_LONG);
        }
        if (!NAME.matcher(name).matches()) {
            throw new Refused(Problem.NAME_INVALID);
        }
        return name;
    }

    /** The moment a key with this last day stops working: the start of the next day in Amsterdam. */
    public static Instant expiryOf(LocalDate lastDay, Instant now) {
        if (lastDay == null) {
            throw new Refused(Problem.EXPIRY_MISSING);
        }
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        if (lastDay.isBefore(today)) {
            throw new Refused(Problem.EXPIRY_PAST);
        }
        if (lastDay.isAfter(today.plusDays(MAX_DAYS))) {
            throw new Refused(Problem.EXPIRY_TOO_FAR);
        }
        return lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether a call with this key is carried out at {@code now}. */
    public boolean usableAt(Instant now) {
        return statusAt(now) == Status.ACTIVE;
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }

    /** Revokes the key for good; false when it already was. */
    public boolean revoke(StaffMember by, Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        revokedBy = by;
        return true;
    }

    public boolean allows(ApiScope scope) {
        return scopes().contains(scope);
    }

    public Set<ApiScope> scopes() {
        EnumSet<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(","))
                .filter(s -> !s.isBlank())
                .map(ApiScope::valueOf)
                .forEach(set::add);
        return set;
    }

    /** The last day the key works, in Amsterdam. */
    public LocalDate lastDay() {
        return LocalDate.ofInstant(expiresAt, ZONE).minusDays(1);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public StaffMember createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public StaffMember revokedBy() {
        return revokedBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public String lastUsedFrom() {
        return lastUsedFrom;
    }
}
