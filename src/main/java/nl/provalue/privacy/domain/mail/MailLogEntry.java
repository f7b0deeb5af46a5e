package nl.provalue.privacy.domain.mail;

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
import nl.provalue.privacy.domain.customer.Customer;

/**
 * P4, P12: one delivery through the provider's mail servers: sender, recipient, size and date.
 * Metadata only; there is deliberately no field for a subject or content.
 */
@Entity
@Table(name = "mail_log_entry")
@NamedQuery(
        name = "MailLogEntry.oldestForCustomer",
        query = "select min(m.sentAt) from MailLogEntry m where m.customer.id = :customerId")
public class MailLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "queue_id", nullable = false, length = 32)
    private String queueId;

    @Column(name = "sender", nullable = false, length = 254)
    private String sender;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    protected MailLogEntry() {}

    public MailLogEntry(
            Customer customer,
            String queueId,
            String sender,
            String recipient,
            long sizeBytes,
            Instant sentAt,
            String status) {
        this.customer = customer;
        this.queueId = queueId;
        this.sender = sender;
        this.recipient = recipient;
        this.sizeBytes = sizeBytes;
        this.sentAt = sentAt;
        this.status = status;
    }

    /** P4: when this entry is deleted. */
    public Instant deletionDue() {
        return MailLogRetention.deletionDue(sentAt);
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public String queueId() {
        return queueId;
    }

    public String sender() {
        return sender;
    }

    public String recipient() {
        return recipient;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String status() {
        return status;
    }
}
