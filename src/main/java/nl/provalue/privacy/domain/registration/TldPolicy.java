package nl.provalue.privacy.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** P10: a TLD the provider registers in, its registry and where its publication rules come from. */
@Entity
@Table(name = "tld_policy")
public class TldPolicy implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "tld", length = 63)
    private String tld;

    @Column(name = "registry", nullable = false, length = 200)
    private String registry;

    @Column(name = "policy_source", nullable = false, length = 500)
    private String policySource;

    @Column(name = "policy_source_nl", nullable = false, length = 500)
    private String policySourceNl;

    protected TldPolicy() {}

    public TldPolicy(String tld, String registry, String policySource, String policySourceNl) {
        this.tld = tld;
        this.registry = registry;
        this.policySource = policySource;
        this.policySourceNl = policySourceNl;
    }

    public String tld() {
        return tld;
    }

    public String registry() {
        return registry;
    }
    /** The rules in English, as the public RDAP answer gives them. */
    public String policySource() {
        return policySource;
    }

    public String policySourceNl() {
        return policySourceNl;
    }

    /** The rules in the reader's language: Dutch for "nl", English otherwise. */
    public String policySourceIn(String language) {
        return "nl".equals(language) ? policySourceNl : policySource;
    }
}
