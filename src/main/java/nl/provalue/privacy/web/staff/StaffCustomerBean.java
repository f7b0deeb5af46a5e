package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews;
import nl.provalue.privacy.application.desk.PrivacyDesk;
import nl.provalue.privacy.application.mail.MailService;
import nl.provalue.privacy.application.rights.RightsRequests;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.customer.StorageMedium;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.shared.Purpose;
import nl.provalue.privacy.web.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * P1, P2, P8, P12: a customer's data as staff see it once they opened it with a reason: the same
 * categories the customer sees (never mail content), and the forms to record what the customer
 * gave outside the web forms and the paper records kept about them.
 */
@Named
@ViewScoped
public class StaffCustomerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PrivacyDesk desk;

    @Inject
    MyDataService myData;

    @Inject
    MailService mail;

    @Inject
    RightsRequests rights;

    @Inject
    nl.provalue.privacy.application.retention.Departures departures;

    private String id;
    private long customerId;
    private MyDataViews.Profile profile;
    private List<MyDataViews.Site> websites;
    private List<MailService.MailboxView> mailboxes;
    private List<MyDataViews.DomainEntry> domains;
    private List<MyDataViews.BackupEntry> backups;
    private List<RightsRequests.View> requests;
    private nl.provalue.privacy.application.retention.Departures.Plan departure;
    private nl.provalue.privacy.web.StaffAccessesModel accesses;

    // Record an item (P1, P8).
    @NotNull(message = "{desk.item.category.required}")
    private DataCategory category = DataCategory.CONTACT;

    @NotBlank(message = "{desk.item.label.required}")
    @Size(max = 100, message = "{desk.item.label.size}")
    private String label;

    @NotBlank(message = "{desk.item.value.required}")
    @Size(max = 1000, message = "{desk.item.value.size}")
    private String value;

    @NotNull(message = "{desk.item.source.required}")
    private ItemSource source = ItemSource.ORAL;

    @NotNull(message = "{desk.item.received.required}")
    private LocalDate receivedOn;

    private StorageMedium storage = StorageMedium.ELECTRONIC;
    private Purpose[] purposes;
    private transient UploadedFile document;

    // Register a paper record (P2).
    @NotBlank(message = "{desk.paper.description.required}")
    @Size(max = 500, message = "{desk.paper.description.size}")
    private String paperDescription;

    @NotBlank(message = "{desk.paper.location.required}")
    @Size(max = 200, message = "{desk.paper.location.size}")
    private String paperLocation;

    @NotNull(message = "{desk.paper.since.required}")
    private LocalDate paperSince;

    private LocalDate paperUntil;

    /** Only with an opening: otherwise back to the search, where the reason is asked. */
    public String load() {
        try {
            customerId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.notFound();
            return null;
        }
        if (!desk.isOpen(customerId)) {
            Pages.keepMessages();
            Pages.error(null, "desk.openFirst");
            return "/staff/customers.xhtml?faces-redirect=true";
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            return "/staff/customers.xhtml?faces-redirect=true";
        }
        return null;
    }

    private void refresh() {
        profile = myData.profile(customerId);
        websites = myData.websites(customerId);
        mailboxes = mail.mailboxes(customerId);
        domains = myData.domains(customerId);
        backups = myData.backups(customerId);
        accesses = new nl.provalue.privacy.web.StaffAccessesModel(myData, customerId);
        requests = rights.ofCustomer(customerId);
        departure = departures.planOf(customerId).orElse(null);
    }

    /** P8: the end of the contract with its dates and what has been erased; null while no end is known. */
    public nl.provalue.privacy.application.retention.Departures.Plan getDeparture() {
        return departure;
    }

    /** Letters and e-mails behind an item: the same 25 MB as an order, checked by the page before sending. */
    public long getMaxDocumentBytes() {
        return RequestDetailBean.MAX_ATTACHMENT_BYTES;
    }

    public String recordItem() {
        if (document != null && document.getSize() > RequestDetailBean.MAX_ATTACHMENT_BYTES) {
            Pages.error(null, "desk.item.documentTooLarge");
            return null;
        }
        if (document != null
                && document.getSize() > 0
                && (document.getFileName() == null
                        || document.getFileName().length() > RequestDetailBean.MAX_FILE_NAME)) {
            Pages.error(null, "upload.nameTooLong", RequestDetailBean.MAX_FILE_NAME);
            return null;
        }
        Set<Purpose> chosen = purposes == null || purposes.length == 0
                ? EnumSet.noneOf(Purpose.class)
                : EnumSet.copyOf(java.util.Arrays.asList(purposes));
        try (InputStream in = document == null || document.getSize() == 0 ? null : document.getInputStream()) {
            PrivacyDesk.Attachment attachment = in == null
                    ? null
                    : new PrivacyDesk.Attachment(document.getFileName(), document.getContentType(), in);
            desk.recordItem(
                    customerId, category, label.trim(), value.trim(), source, receivedOn, storage, chosen, attachment);
            Pages.keepMessages();
            Pages.info("desk.item.saved", label.trim());
            return "/staff/customer.xhtml?faces-redirect=true&id=" + customerId;
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey());
        } catch (IOException e) {
            Pages.error(null, "register.attachment.failed");
        }
        return null;
    }

    public void addPaperRecord() {
        try {
            desk.addPaperRecord(customerId, paperDescription.trim(), paperLocation.trim(), paperSince, paperUntil);
            Pages.info("desk.paper.saved", paperDescription.trim());
            paperDescription = null;
            paperLocation = null;
            paperSince = null;
            paperUntil = null;
            refresh();
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey());
        }
    }

    public void destroyPaperRecord(long recordId) {
        try {
            desk.destroyPaperRecord(customerId, recordId);
            Pages.info("desk.paper.destroyedOk");
            refresh();
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey());
        }
    }

    public String close() {
        desk.close(customerId);
        return "/staff/customers.xhtml?faces-redirect=true";
    }

    public ItemSource[] getSources() {
        return new ItemSource[] {ItemSource.ORAL, ItemSource.DOCUMENT, ItemSource.EMAIL};
    }

    public DataCategory[] getCategories() {
        return DataCategory.values();
    }

    public StorageMedium[] getStorages() {
        return StorageMedium.values();
    }

    public Purpose[] getProfilePurposes() {
        return new Purpose[] {Purpose.COMMUNICATION, Purpose.ADMINISTRATION};
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public MyDataViews.Profile getProfile() {
        return profile;
    }

    public List<MyDataViews.Site> getWebsites() {
        return websites;
    }

    public List<MailService.MailboxView> getMailboxes() {
        return mailboxes;
    }

    public List<MyDataViews.DomainEntry> getDomains() {
        return domains;
    }

    public List<MyDataViews.BackupEntry> getBackups() {
        return backups;
    }

    public List<RightsRequests.View> getRequests() {
        return requests;
    }

    public nl.provalue.privacy.web.StaffAccessesModel getAccesses() {
        return accesses;
    }

    public DataCategory getCategory() {
        return category;
    }

    public void setCategory(DataCategory category) {
        this.category = category;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public ItemSource getSource() {
        return source;
    }

    public void setSource(ItemSource source) {
        this.source = source;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public StorageMedium getStorage() {
        return storage;
    }

    public void setStorage(StorageMedium storage) {
        this.storage = storage;
    }

    public Purpose[] getPurposes() {
        return purposes;
    }

    public void setPurposes(Purpose[] purposes) {
        this.purposes = purposes;
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }

    public String getPaperDescription() {
        return paperDescription;
    }

    public void setPaperDescription(String paperDescription) {
        this.paperDescription = paperDescription;
    }

    public String getPaperLocation() {
        return paperLocation;
    }

    public void setPaperLocation(String paperLocation) {
        this.paperLocation = paperLocation;
    }

    public LocalDate getPaperSince() {
        return paperSince;
    }

    public void setPaperSince(LocalDate paperSince) {
        this.paperSince = paperSince;
    }

    public LocalDate getPaperUntil() {
        return paperUntil;
    }

    public void setPaperUntil(LocalDate paperUntil) {
        this.paperUntil = paperUntil;
    }
}
