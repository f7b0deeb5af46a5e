package nl.provalue.privacy.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.provalue.privacy.domain.customer.ContactDetails;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** P10: one contact of a domain (registrant, administrative, technical) and the consent to publish it. */
@Entity
@Table(name = "domain_contact")
public class DomainContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id", nullable = false)
    private DomainName domain;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contact_role", nullable = false, length = 20)
    private ContactRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "holder_kind", nullable = false, length = 20)
    private HolderKind holderKind;

    @Embedded
    private ContactDetails details;

    @Column(name = "publish_consent", nullable = false)
    private boolean publishConsent;

    @Column(name = "consent_changed_at")
    private Instant consentChangedAt;

    protected DomainContact() {}

    public DomainContact(ContactRole role, HolderKind holderKind, ContactDetails details) {
        this.role = role;
        this.holderKind = holderKind;
        this.details = details;
    }

    void attachTo(DomainName domain) {
        this.domain = domain;
    }

    /**
     * P10: the contact's details as the registry now has them. The contact's choice about
     * publication stays: it is theirs, not the registry's.
     */
    public void correct(HolderKind holderKind, ContactDetails details) {
        this.holderKind = java.util.Objects.requireNonNull(holderKind);
        this.details = java.util.Objects.requireNonNull(details);
    }

    public void changeConsent(boolean publish, Instant at) {
        this.publishConsent = publish;
        this.consentChangedAt = at;
    }

    public Long id() {
        return id;
    }

    public DomainName domain() {
        return domain;
    }

    public ContactRole role() {
        return role;
    }

    public HolderKind holderKind() {
        return holderKind;
    }

    public ContactDetails details() {
        return details;
    }

    public boolean publishConsent() {
        return publishConsent;
    }

    public Instant consentChangedAt() {
        return consentChangedAt;
    }
}
