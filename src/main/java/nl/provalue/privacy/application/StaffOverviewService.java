package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.domain.staff.StaffRepository;

/** The staff home screen. */
@ApplicationScoped
public class StaffOverviewService {

    @Inject
    CustomerRepository customers;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    StaffRepository staff;

    @Inject
    nl.provalue.privacy.domain.rights.RightsRequestRepository rights;

    @Inject
    java.time.Clock clock;

    @Transactional
    public StaffOverview overviewFor(long staffMemberId) {
        StaffMember member =
                staff.find(staffMemberId).orElseThrow(() -> new NotFoundException("staff member", staffMemberId));
        java.time.LocalDate today =
                java.time.LocalDate.now(clock.withZone(nl.provalue.privacy.domain.shared.PolicyClock.PROVIDER_ZONE));
        return new StaffOverview(
                member.fullName(),
                member.jobTitle(),
                customers.count(),
                disclosures.countOpen(),
                rights.count(true),
                rights.countOverdue(today));
    }
}
