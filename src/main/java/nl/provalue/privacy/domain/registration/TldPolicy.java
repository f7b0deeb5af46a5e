package nl.provalue.privacy.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** P10: a TLD the provider registers in, its registry and where its publication rules come from. */
@Entity
@Table(name = "tld_policy")
public class TldPolicy {

    @Id
    @Column(name = "tld", length = 63)
    private String tld;

    @Column(name = "registry", nullable = false, length = 200)
    private String registry;

    @Column(name = "policy_source", nullable = false, length = 500)
    private String policySource;

    protected TldPolicy() {
    }

    public TldPolicy(String tld, String registry, String policySource) {
        this.tld = tld;
        this.registry = registry;
        this.policySource = policySource;
    }

    public String tld() { return tld; }
    public String registry() { return registry; }
    public String policySource() { return policySource; }
}
