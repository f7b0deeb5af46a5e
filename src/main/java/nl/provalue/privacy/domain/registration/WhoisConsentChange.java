package nl.provalue.privacy.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** P10: a customer gave or withdrew consent to publish a domain contact: who, when, what. */
@Entity
@Table(name = "whois_consent_change")
public class WhoisConsentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_contact_id", nullable = false)
    private DomainContact contact;

    @Column(name = "consent", nullable = false)
    private boolean consent;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected WhoisConsentChange() {}

    public WhoisConsentChange(DomainContact contact, boolean consent, Instant changedAt, String changedBy) {
        this.contact = contact;
        this.consent = consent;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public boolean consent() {
        return consent;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
