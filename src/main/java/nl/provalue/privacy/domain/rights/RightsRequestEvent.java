package nl.provalue.privacy.domain.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a rights request's history, with who took it. */
@Entity
@Table(name = "rights_request_event")
public class RightsRequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private RightsRequest request;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_username", nullable = false, length = 100)
    private String actor;

    @Column(name = "event", nullable = false, length = 30)
    private String event;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected RightsRequestEvent() {}

    RightsRequestEvent(RightsRequest request, Instant occurredAt, String actor, String event, String detail) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.event = event;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String event() {
        return event;
    }

    public String detail() {
        return detail;
    }
}
