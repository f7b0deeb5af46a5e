package nl.provalue.privacy.application.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.apitoken.ApiScope;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.backup.Backup;
import nl.provalue.privacy.domain.backup.BackupKind;
import nl.provalue.privacy.domain.backup.BackupPolicy;
import nl.provalue.privacy.domain.backup.BackupRepository;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.shared.NotFoundException;

/**
 * P7: the register of backups per customer (homepage, logs, mail). Backups are recorded by staff
 * or by the backup system over the API; none is ever given an expiry later than six months after
 * it was taken (the domain refuses it, and so does the database). Destruction is recorded by the
 * retention rule.
 */
@ApplicationScoped
@Transactional
public class BackupRegister {

    /** One backup as staff see it. */
    public record BackupView(
            long id,
            String customerNumber,
            String customerName,
            BackupKind kind,
            String description,
            Instant takenAt,
            Instant expiresAt,
            long sizeBytes,
            Instant destroyedAt,
            String destroyedBy)
            implements Serializable {
        static BackupView of(Backup b) {
            return new BackupView(
                    b.id(),
                    b.customer().number().value(),
                    b.customer().contact().fullName(),
                    b.kind(),
                    b.description(),
                    b.takenAt(),
                    b.expiresAt(),
                    b.sizeBytes(),
                    b.destroyedAt(),
                    b.destroyedBy());
        }
    }

    @Inject
    BackupRepository backups;

    @Inject
    CustomerRepository customers;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Records a backup. Without an expiry it is kept the longest P7 allows; an expiry later than
     * six months after it was taken is refused ({@code policy.P7.expiryBeyondSixMonths}).
     */
    public BackupView register(
            String customerNumber,
            BackupKind kind,
            String description,
            Instant takenAt,
            Instant expiresAt,
            long sizeBytes) {
        CurrentCaller.Identity who = staff();
        CustomerNumber number;
        try {
            number = new CustomerNumber(
                    customerNumber == null ? "" : customerNumber.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("customer", customerNumber);
        }
        Customer customer =
                customers.findByNumber(number).orElseThrow(() -> new NotFoundException("customer", customerNumber));
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A size is not negative");
        }
        // P7 first: the backup's own times must be possible at all.
        Backup candidate = new Backup(
                customer,
                kind,
                description,
                takenAt,
                expiresAt == null ? BackupPolicy.latestExpiry(takenAt) : expiresAt,
                sizeBytes,
                clock.instant());
        if (customer.hasLeftAt(takenAt)) {
            // P8: nothing of a customer who left is backed up; so their last backup goes within six months of the end.
            throw new nl.provalue.privacy.domain.shared.PolicyViolationException(
                    "policy.P8.backupAfterContractEnd", customerNumber + " left before " + takenAt);
        }
        Backup backup = backups.add(candidate);
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.BACKUP_REGISTERED,
                customer.id(),
                null,
                kind + " " + description + " taken " + takenAt + ", expires " + backup.expiresAt()));
        return BackupView.of(backup);
    }

    public List<BackupView> recent(int first, int limit) {
        staff();
        return backups.recent(first, limit).stream().map(BackupView::of).toList();
    }

    /** One backup of the register, as {@code POST} answered it and with its destruction once done. */
    public BackupView find(long id) {
        staff();
        return backups.find(id).map(BackupView::of).orElseThrow(() -> new NotFoundException("backup", id));
    }

    public long count() {
        staff();
        return backups.count();
    }

    private CurrentCaller.Identity staff() {
        return caller.requireStaffOr(ApiScope.BACKUPS, "Only staff and the backup system keep the backup register");
    }
}
