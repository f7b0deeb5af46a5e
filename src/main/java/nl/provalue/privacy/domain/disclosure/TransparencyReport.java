package nl.provalue.privacy.domain.disclosure;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P11: the half-yearly transparency report: how many requests came in, by type of authority, by
 * legal basis and by outcome. Small counts are shown in bands, so that no single customer can be
 * singled out from a published figure.
 */
public final class TransparencyReport implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Counts below this are published as a band, not as a number. */
    public static final int BAND_BELOW = 10;

    /** How a request ended up, for the report. */
    public enum Outcome {
        APPROVED_IN_FULL,
        APPROVED_IN_PART,
        REFUSED,
        PENDING
    }

    private final HalfYear period;
    private final int total;
    private final Map<AuthorityType, Integer> byAuthority;
    private final Map<LegalBasis, Integer> byBasis;
    private final Map<Outcome, Integer> byOutcome;

    private TransparencyReport(
            HalfYear period,
            int total,
            Map<AuthorityType, Integer> byAuthority,
            Map<LegalBasis, Integer> byBasis,
            Map<Outcome, Integer> byOutcome) {
        this.period = period;
        this.total = total;
        this.byAuthority = byAuthority;
        this.byBasis = byBasis;
        this.byOutcome = byOutcome;
    }

    /** The report over the requests received in the period. */
    public static TransparencyReport of(HalfYear period, List<DisclosureRequest> received) {
        Map<AuthorityType, Integer> authority = new EnumMap<>(AuthorityType.class);
        Map<LegalBasis, Integer> basis = new EnumMap<>(LegalBasis.class);
        Map<Outcome, Integer> outcome = new EnumMap<>(Outcome.class);
        for (AuthorityType a : AuthorityType.values()) authority.put(a, 0);
        for (LegalBasis l : LegalBasis.values()) basis.put(l, 0);
        for (Outcome o : Outcome.values()) outcome.put(o, 0);
        int total = 0;
        for (DisclosureRequest r : received) {
            if (r.receivedOn().isBefore(period.firstDay()) || !r.receivedOn().isBefore(period.end())) {
                continue;
            }
            total++;
            authority.merge(r.authorityType(), 1, Integer::sum);
            basis.merge(r.legalBasis(), 1, Integer::sum);
            outcome.merge(outcomeOf(r), 1, Integer::sum);
        }
        return new TransparencyReport(period, total, authority, basis, outcome);
    }

    static Outcome outcomeOf(DisclosureRequest r) {
        if (r.decision() == null) {
            return Outcome.PENDING;
        }
        return switch (r.decision()) {
            case APPROVED_IN_FULL -> Outcome.APPROVED_IN_FULL;
            case APPROVED_IN_PART -> Outcome.APPROVED_IN_PART;
            case REFUSED -> Outcome.REFUSED;
        };
    }

    /** "0", "1-9" or the number itself from {@value #BAND_BELOW} on. */
    public static String band(int count) {
        if (count == 0) {
            return "0";
        }
        return count < BAND_BELOW ? "1-" + (BAND_BELOW - 1) : String.valueOf(count);
    }

    public HalfYear period() {
        return period;
    }

    public int total() {
        return total;
    }

    public Map<AuthorityType, Integer> byAuthority() {
        return byAuthority;
    }

    public Map<LegalBasis, Integer> byBasis() {
        return byBasis;
    }

    public Map<Outcome, Integer> byOutcome() {
        return byOutcome;
    }

    /** The published form: category, key, banded count; nothing else leaves the register. */
    public Map<String, String> published() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("total.ALL", band(total));
        byAuthority.forEach((k, v) -> out.put("authority." + k.name(), band(v)));
        byBasis.forEach((k, v) -> out.put("basis." + k.name(), band(v)));
        byOutcome.forEach((k, v) -> out.put("outcome." + k.name(), band(v)));
        return out;
    }
}
