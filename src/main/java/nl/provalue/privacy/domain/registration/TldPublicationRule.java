package nl.provalue.privacy.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * P10: one rule of a registry's publication policy: for a TLD, a holder kind and a contact role,
 * whether a field is published. A field without a rule is never published. Staff maintain these.
 */
@Entity
@Table(name = "tld_publication_rule")
@NamedQuery(
        name = "TldPublicationRule.byTld",
        query = "select r from TldPublicationRule r where r.tld = :tld order by r.holderKind, r.role, r.field")
@NamedQuery(
        name = "TldPublicationRule.all",
        query = "select r from TldPublicationRule r order by r.tld, r.holderKind, r.role, r.field")
public class TldPublicationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tld", nullable = false, length = 63)
    private String tld;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "holder_kind", nullable = false, length = 20)
    private HolderKind holderKind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contact_role", nullable = false, length = 20)
    private ContactRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "field", nullable = false, length = 20)
    private RegistrationField field;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "publication", nullable = false, length = 20)
    private Publication publication;

    protected TldPublicationRule() {}

    public TldPublicationRule(
            String tld, HolderKind holderKind, ContactRole role, RegistrationField field, Publication publication) {
        this.tld = tld;
        this.holderKind = holderKind;
        this.role = role;
        this.field = field;
        this.publication = publication;
    }

    public void change(Publication publication) {
        this.publication = publication;
    }

    public Long id() {
        return id;
    }

    public String tld() {
        return tld;
    }

    public HolderKind holderKind() {
        return holderKind;
    }

    public ContactRole role() {
        return role;
    }

    public RegistrationField field() {
        return field;
    }

    public Publication publication() {
        return publication;
    }
}
