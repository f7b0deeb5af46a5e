package nl.provalue.privacy.domain.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Set;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * P5: a mailbox, the protocols it is used with, what is stored on the server now, and how long
 * fetched mail stays there.
 */
@Entity
@Table(name = "mailbox")
@NamedQuery(
        name = "Mailbox.byCustomer",
        query = "select m from Mailbox m where m.customer.id = :customerId order by m.address")
@NamedQuery(
        name = "Mailbox.countByCustomer",
        query = "select count(m) from Mailbox m where m.customer.id = :customerId")
public class Mailbox {

    /** The longest a customer can ask to keep fetched POP3 mail for a number of days. */
    public static final int MAX_KEEP_DAYS = 3650;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "address", nullable = false, length = 254, unique = true)
    private String address;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mailbox_protocol", joinColumns = @JoinColumn(name = "mailbox_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "protocol", nullable = false, length = 10)
    private Set<MailProtocol> protocols = EnumSet.noneOf(MailProtocol.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "retention_mode", nullable = false, length = 30)
    private MailRetentionMode retentionMode;

    @Column(name = "keep_days")
    private Integer keepDays;

    @Column(name = "messages_stored", nullable = false)
    private int messagesStored;

    @Column(name = "bytes_stored", nullable = false)
    private long bytesStored;

    @Column(name = "oldest_message_at")
    private Instant oldestMessageAt;

    @Column(name = "setting_changed_at")
    private Instant settingChangedAt;

    /** When the stored-mail figures were read from the mail server; null for demo figures. */
    @Column(name = "status_as_of")
    private Instant statusAsOf;

    /** P5: when the mail server last carried out the setting (null: never). */
    @Column(name = "retention_applied_at")
    private Instant retentionAppliedAt;

    /** P5: how many messages that removed. */
    @Column(name = "retention_removed")
    private Integer retentionRemoved;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Mailbox() {}

    public Mailbox(Customer customer, String address, Set<MailProtocol> protocols, Instant createdAt) {
        if (protocols == null || protocols.isEmpty()) {
            throw new IllegalArgumentException("A mailbox is used with at least one protocol");
        }
        this.customer = customer;
        this.address = address.toLowerCase(java.util.Locale.ROOT);
        this.protocols = EnumSet.copyOf(protocols);
        this.retentionMode = protocols.contains(MailProtocol.POP3)
                ? MailRetentionMode.DELETE_ON_FETCH
                : MailRetentionMode.KEEP_UNTIL_DELETED;
        this.createdAt = createdAt;
    }

    /**
     * P5: changes what happens to fetched mail. Deleting on fetch and keeping for a number of days
     * are POP3 settings; with IMAP or webmail only, mail stays until the customer deletes it.
     * Choosing again the setting the customer already chose changes nothing, not even when it last
     * changed. Choosing the setting a new mailbox starts with is the customer's first choice, and is
     * recorded (and carried out by the mail server) like any other.
     *
     * @return whether the setting changed
     */
    public boolean changeRetention(MailRetentionMode mode, Integer days, Instant now) {
        boolean pop3 = protocols.contains(MailProtocol.POP3);
        if (mode != MailRetentionMode.KEEP_UNTIL_DELETED && !pop3) {
            throw new PolicyViolationException("policy.P5.onlyPop3", mode.name());
        }
        if (mode == MailRetentionMode.KEEP_COPY_DAYS) {
            if (days == null || days < 1 || days > MAX_KEEP_DAYS) {
                throw new PolicyViolationException("policy.P5.keepDaysRange", String.valueOf(days));
            }
        }
        Integer newDays = mode == MailRetentionMode.KEEP_COPY_DAYS ? days : null;
        if (settingChangedAt != null && mode == retentionMode && java.util.Objects.equals(newDays, keepDays)) {
            return false;
        }
        this.keepDays = newDays;
        this.retentionMode = mode;
        this.settingChangedAt = now;
        return true;
    }

    /**
     * P5: the protocols the mailbox is used with now. Without POP3 nothing fetches mail away, so a
     * POP3 setting (delete on fetch, keep a copy for some days) becomes "kept until deleted".
     */
    public void changeProtocols(Set<MailProtocol> now, Instant at) {
        if (now == null || now.isEmpty()) {
            throw new IllegalArgumentException("A mailbox is used with at least one protocol");
        }
        this.protocols.clear();
        this.protocols.addAll(now);
        if (!now.contains(MailProtocol.POP3) && retentionMode != MailRetentionMode.KEEP_UNTIL_DELETED) {
            this.retentionMode = MailRetentionMode.KEEP_UNTIL_DELETED;
            this.keepDays = null;
            this.settingChangedAt = at;
        }
    }

    /** What the server holds now, as reported by the mail store. */
    public void recordStoredMail(int messages, long bytes, Instant oldest) {
        this.messagesStored = messages;
        this.bytesStored = bytes;
        this.oldestMessageAt = messages == 0 ? null : oldest;
    }

    /** What the mail server reported at {@code asOf}: kept as the last known figures. */
    public void recordStoredMail(StoredMail stored, Instant asOf) {
        recordStoredMail(stored.messages(), stored.bytes(), stored.oldestReceived());
        this.statusAsOf = asOf;
    }

    /** P5: what the mail server must remove for the current setting. */
    public Expunge expunge() {
        return Expunge.forSetting(retentionMode, keepDays);
    }

    /** P5: the mail server carried out the setting at {@code at}, removing {@code removed} messages. */
    public void recordApplied(Instant at, int removed) {
        this.retentionAppliedAt = at;
        this.retentionRemoved = removed;
    }

    /**
     * P5: a change the mail server has not carried out yet. Shown as "waiting to be applied",
     * never as done, until a run has applied it.
     */
    public boolean waitingToBeApplied() {
        return settingChangedAt != null
                && (retentionAppliedAt == null || retentionAppliedAt.isBefore(settingChangedAt));
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public String address() {
        return address;
    }

    public Set<MailProtocol> protocols() {
        return EnumSet.copyOf(protocols);
    }

    public MailRetentionMode retentionMode() {
        return retentionMode;
    }

    public Integer keepDays() {
        return keepDays;
    }

    public int messagesStored() {
        return messagesStored;
    }

    public long bytesStored() {
        return bytesStored;
    }

    public Instant oldestMessageAt() {
        return oldestMessageAt;
    }

    public Instant settingChangedAt() {
        return settingChangedAt;
    }

    public Instant statusAsOf() {
        return statusAsOf;
    }

    public Instant retentionAppliedAt() {
        return retentionAppliedAt;
    }

    public Integer retentionRemoved() {
        return retentionRemoved;
    }
}
