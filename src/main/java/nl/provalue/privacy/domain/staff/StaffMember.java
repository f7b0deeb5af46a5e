package nl.provalue.privacy.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of the provider's staff: records data, handles requests, decides on disclosures. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "job_title", length = 100)
    private String jobTitle;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Administrators also manage the keys of the provider's own systems (API tokens). */
    @Column(name = "administrator", nullable = false)
    private boolean administrator;

    protected StaffMember() {}

    public StaffMember(String fullName, String email, String jobTitle, Instant createdAt) {
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public boolean administrator() {
        return administrator;
    }

    /** Gives this staff member the administrator role. */
    public void makeAdministrator() {
        administrator = true;
    }

    public boolean sameAs(StaffMember other) {
        return other != null && id != null && id.equals(other.id);
    }
}
