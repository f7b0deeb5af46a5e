package nl.provalue.privacy.application.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.RetriedOnConflict;
import nl.provalue.privacy.application.SignedInCaller;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.apitoken.ApiScope;
import nl.provalue.privacy.domain.apitoken.ApiToken;
import nl.provalue.privacy.domain.apitoken.ApiTokenRepository;
import nl.provalue.privacy.domain.apitoken.ApiTokenSecret;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.domain.staff.StaffRepository;

/**
 * Keys for the provider's own systems. Every staff member sees which systems have a key and what it
 * may do; only administrators make and revoke keys. A key is shown once, when it is made, and kept
 * only as a hash.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** One key as staff see it; never the key itself. */
    public record TokenView(
            long id,
            String name,
            Set<ApiScope> scopes,
            Instant createdAt,
            String createdBy,
            LocalDate lastDay,
            ApiToken.Status status,
            Instant revokedAt,
            String revokedBy,
            Instant lastUsedAt,
            String lastUsedFrom)
            implements Serializable {
        static TokenView of(ApiToken t, Instant now) {
            return new TokenView(
                    t.id(),
                    t.name(),
                    t.scopes(),
                    t.createdAt(),
                    t.createdBy().fullName(),
                    t.lastDay(),
                    t.statusAt(now),
                    t.revokedAt(),
                    t.revokedBy() == null ? null : t.revokedBy().fullName(),
                    t.lastUsedAt(),
                    t.lastUsedFrom());
        }
    }

    /** A new key: how staff see it, and the key itself, to be shown this once. */
    public record Created(TokenView token, String secret) {}

    @Inject
    ApiTokenRepository tokens;

    @Inject
    StaffRepository staff;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<TokenView> list() {
        caller.require(Role.STAFF, "Only staff see the keys of the provider's systems");
        Instant now = clock.instant();
        return tokens.all().stream().map(t -> TokenView.of(t, now)).toList();
    }

    /** Whether the signed-in staff member may make and revoke keys. */
    public boolean canManage() {
        return caller.identity()
                .filter(i -> i.role() == Role.STAFF)
                .flatMap(i -> staff.find(i.staffMemberId()))
                .map(StaffMember::administrator)
                .orElse(false);
    }

    /**
     * Makes a key with {@code name} and {@code scopes}, valid through {@code lastDay}; refused
     * ({@link ApiToken.Refused}) for a name in use or another rule of {@link ApiToken}.
     */
    public Created create(String name, Set<ApiScope> scopes, LocalDate lastDay) {
        StaffMember admin = administrator();
        Instant now = clock.instant();
        ApiTokenSecret secret = ApiTokenSecret.generate();
        ApiToken token = new ApiToken(name, scopes, lastDay, secret, admin, now);
        if (tokens.nameTaken(name)) {
            throw new ApiToken.Refused(ApiToken.Problem.NAME_TAKEN);
        }
        tokens.add(token);
        audit.record(new AuditEvent(
                now,
                caller.identity().orElseThrow().username(),
                Role.STAFF,
                AuditAction.API_TOKEN_CREATED,
                null,
                null,
                "key " + token.id() + " \"" + name + "\", scopes " + token.scopes() + ", valid through "
                        + token.lastDay()));
        return new Created(TokenView.of(token, now), secret.reveal());
    }

    /** Revokes a key at once; its next call is refused. */
    public TokenView revoke(long id) {
        StaffMember admin = administrator();
        Instant now = clock.instant();
        ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException("API token", id));
        if (token.revoke(admin, now)) {
            audit.record(new AuditEvent(
                    now,
                    caller.identity().orElseThrow().username(),
                    Role.STAFF,
                    AuditAction.API_TOKEN_REVOKED,
                    null,
                    null,
                    "key " + id + " \"" + token.name() + "\""));
        }
        return TokenView.of(token, now);
    }

    /**
     * The caller a request's key stands for: a key of the right form, known, not revoked and not
     * expired. Anything else is no caller.
     */
    public Optional<SignedInCaller> authenticate(String presented) {
        Instant now = clock.instant();
        return ApiTokenSecret.parse(presented)
                .flatMap(s -> tokens.findByHash(s.hash()))
                .filter(t -> t.usableAt(now))
                .map(t -> SignedInCaller.system(t.name(), t.id(), t.scopes()));
    }

    /** Records a call made with a key: in the audit trail with the key's name, and as the key's last use. */
    @RetriedOnConflict
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordCall(SignedInCaller system, String method, String path, int status, String from) {
        if (system.role() != Role.SYSTEM) {
            throw new IllegalArgumentException("only calls made with a key are recorded here");
        }
        Instant now = clock.instant();
        audit.record(new AuditEvent(
                now,
                system.getName(),
                Role.SYSTEM,
                AuditAction.API_CALL,
                null,
                null,
                method + " " + path + " answered " + status + ", key " + system.tokenId() + ", from " + from));
        tokens.markUsed(system.tokenId(), now, from);
    }

    private StaffMember administrator() {
        long id = caller.require(Role.STAFF, "Only administrators make and revoke keys")
                .staffMemberId();
        StaffMember member = staff.find(id).orElseThrow(() -> new AccessDeniedException("Not staff"));
        if (!member.administrator()) {
            throw new AccessDeniedException("Only administrators make and revoke keys");
        }
        return member;
    }
}
