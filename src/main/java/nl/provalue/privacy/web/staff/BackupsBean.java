package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import nl.provalue.privacy.application.backup.BackupRegister;
import nl.provalue.privacy.application.backup.BackupRegister.BackupView;
import nl.provalue.privacy.domain.backup.BackupKind;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.PagedModel;
import nl.provalue.privacy.web.Pages;

/** P7: the backup register: record a backup (never kept longer than six months), see what was destroyed. */
@Named
@ViewScoped
public class BackupsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BackupRegister register;

    @NotBlank(message = "{backup.customer.required}")
    @Pattern(regexp = "\\s*[Pp][Vv]\\d{6}\\s*", message = "{backup.customer.format}")
    private String customerNumber;

    @NotNull
    private BackupKind kind = BackupKind.HOMEPAGE;

    @NotBlank(message = "{backup.description.required}")
    @Size(max = 300, message = "{backup.description.size}")
    private String description;

    @NotNull(message = "{backup.takenAt.required}")
    private LocalDateTime takenAt;

    private LocalDateTime expiresAt;

    @Min(value = 0, message = "{backup.size.range}")
    @Max(value = 100_000_000, message = "{backup.size.range}")
    private long sizeMb;

    private final BackupsModel model = new BackupsModel();

    public void save() {
        try {
            BackupView saved = register.register(
                    customerNumber,
                    kind,
                    description.trim(),
                    takenAt.atZone(PolicyClock.PROVIDER_ZONE).toInstant(),
                    expiresAt == null
                            ? null
                            : expiresAt.atZone(PolicyClock.PROVIDER_ZONE).toInstant(),
                    sizeMb * 1024 * 1024);
            Pages.info("backups.saved", saved.description(), saved.customerNumber());
            description = null;
            takenAt = null;
            expiresAt = null;
            sizeMb = 0;
        } catch (PolicyViolationException e) {
            Pages.error(
                    e.getMessageKey().equals("policy.P7.takenInTheFuture") ? "backups:taken" : "backups:expires",
                    e.getMessageKey());
        } catch (NotFoundException e) {
            Pages.error("backups:customer", "backups.unknownCustomer", customerNumber);
        }
    }

    /** The register, newest first. */
    public class BackupsModel extends PagedModel<BackupView> {
        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return register.count();
        }

        @Override
        protected List<BackupView> page(int first, int pageSize) {
            return register.recent(first, pageSize);
        }

        @Override
        protected long idOf(BackupView b) {
            return b.id();
        }
    }

    public BackupsModel getModel() {
        return model;
    }

    public BackupKind[] getKinds() {
        return BackupKind.values();
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public BackupKind getKind() {
        return kind;
    }

    public void setKind(BackupKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public void setTakenAt(LocalDateTime takenAt) {
        this.takenAt = takenAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public long getSizeMb() {
        return sizeMb;
    }

    public void setSizeMb(long sizeMb) {
        this.sizeMb = sizeMb;
    }
}
