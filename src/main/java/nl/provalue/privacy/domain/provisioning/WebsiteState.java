package nl.provalue.privacy.domain.provisioning;

import nl.provalue.privacy.domain.registration.IdnaName;

/** A website as the customer system has it: host name, hosting plan and the plan's traffic limit (P3). */
public record WebsiteState(String hostname, String plan, long trafficLimitBytes) {

    public static final int MAX_PLAN_LENGTH = 60;

    public WebsiteState {
        hostname = DomainState.hostName(hostname, "hostname");
        if (plan == null || plan.isBlank()) {
            throw new InvalidStateException("plan", "required");
        }
        if (plan.length() > MAX_PLAN_LENGTH
                || !plan.equals(plan.strip())
                || plan.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidStateException(
                    "plan",
                    "at most " + MAX_PLAN_LENGTH + " characters, without control characters or spaces at either end");
        }
        if (trafficLimitBytes <= 0) {
            throw new InvalidStateException("trafficLimitBytes", "a plan has a positive traffic limit");
        }
    }

    /** The host name as the customer reads it (Unicode for an internationalised name). */
    public String displayName() {
        return IdnaName.ofStored(hostname).unicode();
    }
}
