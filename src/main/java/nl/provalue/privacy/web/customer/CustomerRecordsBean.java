package nl.provalue.privacy.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.BackupEntry;
import nl.provalue.privacy.application.MyDataViews.Disclosure;
import nl.provalue.privacy.domain.backup.BackupPolicy;
import nl.provalue.privacy.web.StaffAccessesModel;

/** P7, P9, P12: the customer's backups, the disclosures they may know about, and staff access. */
@Named
@ViewScoped
public class CustomerRecordsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyDataService myData;

    @Inject
    CurrentCaller caller;

    private List<BackupEntry> backups;
    private List<Disclosure> disclosures;
    private StaffAccessesModel staffAccesses;

    public void loadBackups() {
        // A list the table may sort in place (its columns sort).
        backups = new java.util.ArrayList<>(myData.backups(caller.customerId()));
    }

    public void loadDisclosures() {
        disclosures = myData.disclosures(caller.customerId());
        staffAccesses = new StaffAccessesModel(myData, caller.customerId());
    }

    public List<BackupEntry> getBackups() {
        return backups;
    }

    public List<Disclosure> getDisclosures() {
        return disclosures;
    }

    public StaffAccessesModel getStaffAccesses() {
        return staffAccesses;
    }

    public long getLiveBackups() {
        return backups.stream().filter(b -> b.destroyedAt() == null).count();
    }

    /** P7: the latest moment this backup may exist, to show beside its expiry. */
    public Instant latestExpiry(BackupEntry backup) {
        return BackupPolicy.latestExpiry(backup.takenAt());
    }
}
