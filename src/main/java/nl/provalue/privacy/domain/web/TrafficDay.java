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
import java.time.LocalDate;
import nl.provalue.privacy.domain.shared.PolicyClock;

/** P3: the traffic counter of one website on one day, kept up to date as logs arrive. */
@Entity
@Table(name = "traffic_day")
@NamedQuery(
        name = "TrafficDay.bySiteBetween",
        query =
                "select t from TrafficDay t where t.website.id = :websiteId and t.date between :from and :to order by t.date")
@NamedQuery(
        name = "TrafficDay.bySitesBetween",
        query =
                "select t from TrafficDay t where t.website.id in :websiteIds and t.date between :from and :to order by t.date")
public class TrafficDay {

    /**
     * P3: the day a request counts on is the provider's calendar day (Europe/Amsterdam), for imported
     * logs and demo data alike: a request at 23:30 UTC in winter counts on the next day.
     */
    public static LocalDate dayOf(Instant requestedAt) {
        return LocalDate.ofInstant(requestedAt, PolicyClock.PROVIDER_ZONE);
    }

    /**
     * P3: {@link #dayOf} for many requests in a row, as an import counts them. Log lines come in
     * time order, so the bounds of the last day found are remembered and most requests need no look
     * at the time zone's rules.
     */
    public static final class Days {

        private LocalDate day;
        /** The day's first second and the next day's, in seconds since the epoch. */
        private long from = Long.MAX_VALUE;

        private long until = Long.MIN_VALUE;

        public LocalDate of(Instant requestedAt) {
            long second = requestedAt.getEpochSecond();
            if (second < from || second >= until) {
                day = dayOf(requestedAt);
                from = day.atStartOfDay(PolicyClock.PROVIDER_ZONE).toEpochSecond();
                until = day.plusDays(1).atStartOfDay(PolicyClock.PROVIDER_ZONE).toEpochSecond();
            }
            return day;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "website_id", nullable = false)
    private Website website;

    @Column(name = "traffic_date", nullable = false)
    private LocalDate date;

    @Column(name = "bytes_served", nullable = false)
    private long bytesServed;

    @Column(name = "requests", nullable = false)
    private long requests;

    protected TrafficDay() {}

    public TrafficDay(Website website, LocalDate date) {
        this.website = website;
        this.date = date;
    }

    public void count(long bytes, long requestCount) {
        if (bytes < 0 || requestCount < 0) {
            throw new IllegalArgumentException("negative traffic");
        }
        this.bytesServed += bytes;
        this.requests += requestCount;
    }

    public Website website() {
        return website;
    }

    public LocalDate date() {
        return date;
    }

    public long bytesServed() {
        return bytesServed;
    }

    public long requests() {
        return requests;
    }
}
