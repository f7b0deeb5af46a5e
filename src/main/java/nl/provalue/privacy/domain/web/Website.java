package nl.provalue.privacy.domain.web;

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
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/** P3: a customer's website on a hosting plan with a monthly traffic limit. */
@Entity
@Table(name = "website")
@NamedQuery(
        name = "Website.byCustomer",
        query = "select w from Website w where w.customer.id = :customerId order by w.hostname")
@NamedQuery(
        name = "Website.countByCustomer",
        query = "select count(w) from Website w where w.customer.id = :customerId")
public class Website {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "hostname", nullable = false, length = 253, unique = true)
    private String hostname;

    @Column(name = "plan_name", nullable = false, length = 60)
    private String planName;

    @Column(name = "traffic_limit_bytes", nullable = false)
    private long trafficLimitBytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** P6: this website's storage budget for its access log; null means the configured default. */
    @Column(name = "log_budget_bytes")
    private Long logBudgetBytes;

    protected Website() {}

    public Website(Customer customer, String hostname, String planName, long trafficLimitBytes, Instant createdAt) {
        if (trafficLimitBytes <= 0) {
            throw new IllegalArgumentException("P3: a plan has a positive traffic limit");
        }
        this.customer = customer;
        this.hostname = hostname.toLowerCase(java.util.Locale.ROOT);
        this.planName = planName;
        this.trafficLimitBytes = trafficLimitBytes;
        this.createdAt = createdAt;
    }

    /** P3: the hosting plan and its traffic limit. */
    public void changePlan(String planName, long trafficLimitBytes) {
        if (trafficLimitBytes <= 0) {
            throw new IllegalArgumentException("P3: a plan has a positive traffic limit");
        }
        this.planName = planName;
        this.trafficLimitBytes = trafficLimitBytes;
    }

    public TrafficUsage usage(long bytesUsedThisMonth) {
        return new TrafficUsage(bytesUsedThisMonth, trafficLimitBytes);
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public String hostname() {
        return hostname;
    }

    public String planName() {
        return planName;
    }

    public long trafficLimitBytes() {
        return trafficLimitBytes;
    }

    /** P6: staff set this website's own access-log budget, or clear it to use the default. */
    public void changeLogBudget(Long bytes) {
        if (bytes != null && bytes < AccessLogBudget.MIN_BUDGET_BYTES) {
            throw new PolicyViolationException("policy.P6.budgetTooSmall", String.valueOf(bytes));
        }
        this.logBudgetBytes = bytes;
    }

    public Long logBudgetBytes() {
        return logBudgetBytes;
    }

    /** P3, P6: whether requests for this host name are this website's ({@link SiteHost}). */
    public boolean serves(String host) {
        return SiteHost.serves(hostname, host);
    }
}
