package nl.provalue.privacy.domain.shared;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time zones the rules are computed in: stored instants are UTC, people read Amsterdam time. */
public final class PolicyClock {

    /** Dates in the policy (deadlines, "six months") are counted on the calendar of the provider. */
    public static final ZoneId PROVIDER_ZONE = ZoneId.of("Europe/Amsterdam");

    public static final ZoneOffset STORAGE_OFFSET = ZoneOffset.UTC;

    private PolicyClock() {}
}
