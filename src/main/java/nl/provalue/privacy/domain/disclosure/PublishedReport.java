package nl.provalue.privacy.domain.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** P11: a transparency report as it was published: banded figures only, frozen. */
@Entity
@Table(name = "transparency_report")
public class PublishedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period", nullable = false, length = 7, unique = true)
    private String period;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "content", nullable = false, length = 8000)
    private String content;

    protected PublishedReport() {}

    public PublishedReport(TransparencyReport report, Instant publishedAt, String publishedBy) {
        this.period = report.period().toString();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.content = report.published().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** The published figures, key ("authority.POLICE") to banded count ("1-9"). */
    public Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : content.split("\n")) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    public HalfYear period() {
        return HalfYear.parse(period);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
