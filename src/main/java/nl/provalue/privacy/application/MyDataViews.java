package nl.provalue.privacy.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.provalue.privacy.domain.backup.BackupKind;
import nl.provalue.privacy.domain.customer.ChangedField;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.customer.StorageMedium;
import nl.provalue.privacy.domain.disclosure.AuthorityType;
import nl.provalue.privacy.domain.disclosure.DataScope;
import nl.provalue.privacy.domain.disclosure.LegalBasis;
import nl.provalue.privacy.domain.disclosure.RequestStatus;
import nl.provalue.privacy.domain.disclosure.RequestType;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.HolderKind;
import nl.provalue.privacy.domain.shared.LogPosition;
import nl.provalue.privacy.domain.shared.Purpose;

/** What the "My data" screens, the API and the export show; plain values, no entities. */
public final class MyDataViews {

    private MyDataViews() {}

    /** The contact details as they stand, and when they were last received. */
    public record Contact(
            String fullName,
            String organisation,
            String street,
            String postalCode,
            String city,
            String countryCode,
            String phone,
            String email,
            Instant receivedAt,
            ItemSource source)
            implements Serializable {}

    /** P1, P2, P8: one item with its source, storage and purposes. */
    public record Item(
            long id,
            DataCategory category,
            String label,
            String value,
            ItemSource source,
            Instant receivedAt,
            StorageMedium storage,
            List<Purpose> purposes,
            boolean recordedByStaff,
            String documentName)
            implements Serializable {}

    /** A group of items of one category, for the page. */
    public record ItemGroup(DataCategory category, List<Item> items) implements Serializable {}

    /** P2: a paper record. */
    public record Paper(
            String description, String location, LocalDate keptSince, LocalDate keptUntil, Instant destroyedAt, long id)
            implements Serializable {}

    /**
     * P1: a change of the contact details, or of a domain name (with {@code role}, one of its
     * contacts), mailbox or website ({@code subject} names which).
     */
    public record ContactCorrection(
            ChangedField field,
            String subject,
            String role,
            String oldValue,
            String newValue,
            ItemSource source,
            Instant changedAt,
            String changedBy)
            implements Serializable {}

    public record Profile(
            String customerNumber,
            Contact contact,
            List<ItemGroup> groups,
            List<Paper> paperRecords,
            List<ContactCorrection> corrections)
            implements Serializable {}

    /** P3: traffic of one day, or of one month (its first day). */
    public record Traffic(LocalDate day, long bytes, long requests) implements Serializable {}

    /** P3, P6: a website, its plan and its traffic. */
    public record Site(
            long id,
            String hostname,
            String planName,
            long limitBytes,
            YearMonth month,
            long usedThisMonth,
            int percentOfLimit,
            boolean nearLimit,
            boolean overLimit,
            Instant logReachesBackTo,
            long approxLogEntries,
            List<Traffic> days,
            List<Traffic> months)
            implements Serializable {}

    /** P6: one access-log row. */
    public record AccessRow(long id, Instant at, String clientIp, String method, String path, int status, long bytes)
            implements Serializable {}

    /**
     * P6: one page of the access log, and where the pages before and after it start (null where
     * there is none). {@code lookedTo} is set when a filter looked at its limit of lines without
     * filling the page: the time of the last line it looked at, where the next search goes on.
     */
    public record AccessPage(
            String hostname,
            List<AccessRow> rows,
            LogPosition before,
            LogPosition after,
            Instant lookedTo,
            Instant logReachesBackTo,
            long approxLogEntries)
            implements Serializable {

        public boolean hasBefore() {
            return before != null;
        }

        public boolean hasAfter() {
            return after != null;
        }
    }

    /** P7. */
    public record BackupEntry(
            BackupKind kind,
            String description,
            Instant takenAt,
            Instant expiresAt,
            Instant destroyedAt,
            long sizeBytes)
            implements Serializable {}

    /**
     * P9, P11, P13: a disclosure the customer may know about. {@code status} is how it stands or
     * how it ended; {@code closed} whether it is done with.
     */
    public record Disclosure(
            String registerNumber,
            RequestType type,
            AuthorityType authorityType,
            String authorityName,
            LegalBasis legalBasis,
            LocalDate receivedOn,
            RequestStatus status,
            boolean closed,
            List<DataScope> scopes,
            String decisionReason,
            Instant handedOverAt,
            String handedOver)
            implements Serializable {}

    /** P12: a staff member opened the customer's data. */
    public record StaffAccess(
            long id,
            Instant at,
            String staffName,
            nl.provalue.privacy.domain.audit.AccessPurpose purpose,
            String purposeDetail,
            String text,
            Instant lastViewedAt,
            long views)
            implements Serializable {

        /**
         * The message key of the purpose as the customer reads it: handling a rights request names
         * the kind of request; everything else its purpose from the list.
         */
        public String purposeKey() {
            String key = "staffviews.purpose." + purpose.name();
            if (purpose == nl.provalue.privacy.domain.audit.AccessPurpose.RIGHTS_REQUEST
                    && purposeDetail != null
                    && java.util.Arrays.stream(nl.provalue.privacy.domain.rights.RightsRequestType.values())
                            .anyMatch(t -> t.name().equals(purposeDetail))) {
                return key + "." + purposeDetail;
            }
            return key;
        }
    }

    /** P5: a mailbox and its retention setting. */
    public record MailboxEntry(
            String address,
            List<MailProtocol> protocols,
            MailRetentionMode retentionMode,
            Integer keepDays,
            int messagesStored,
            long bytesStored,
            Instant oldestMessageAt,
            Instant settingChangedAt) {}

    /** P4: one mail-log entry (never subject or content). */
    public record MailLogRow(
            long id,
            Instant sentAt,
            String sender,
            String recipient,
            long sizeBytes,
            String status,
            Instant deletionDue) {}

    /** P10: a domain and its contacts on record. */
    public record DomainEntry(
            String name, LocalDate registeredOn, LocalDate expiresOn, List<DomainContactEntry> contacts)
            implements Serializable {}

    public record DomainContactEntry(
            ContactRole role,
            HolderKind holderKind,
            String name,
            String organisation,
            String email,
            String phone,
            boolean publishConsent)
            implements Serializable {}
}
