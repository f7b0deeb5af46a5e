package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.provalue.privacy.domain.audit.AuditRepository;
import nl.provalue.privacy.domain.backup.BackupRepository;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.mail.MailLogQuery;
import nl.provalue.privacy.domain.mail.MailLogRetention;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.registration.DomainRepository;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.web.WebsiteRepository;

/** The customer's home screen: a summary of everything held about them. */
@ApplicationScoped
public class CustomerOverviewService {

    @Inject
    CustomerRepository customers;

    @Inject
    WebsiteRepository websites;

    @Inject
    MailRepository mail;

    @Inject
    DomainRepository domains;

    @Inject
    BackupRepository backups;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    @Transactional
    public CustomerOverview overviewOf(long customerId) {
        Customer customer = customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        ContactDetails c = customer.contact();
        Instant oldestMail = mail.oldestLogEntryOf(customerId).orElse(null);
        long mailLines = mail.countLogUpTo(customerId, MailLogQuery.ALL, MailLogQuery.OVERVIEW_COUNT_CAP + 1);
        LocalDate today = LocalDate.now(clock.withZone(PolicyClock.PROVIDER_ZONE));
        return new CustomerOverview(
                customer.number().value(),
                c.fullName(),
                c.email(),
                c.postalAddress(),
                c.phone(),
                customers.countItemsOf(customerId),
                customers.paperRecordsOf(customerId).size(),
                websites.countOfCustomer(customerId),
                mail.countMailboxesOf(customerId),
                Math.min(mailLines, MailLogQuery.OVERVIEW_COUNT_CAP),
                mailLines > MailLogQuery.OVERVIEW_COUNT_CAP,
                oldestMail,
                oldestMail == null ? null : MailLogRetention.deletionDue(oldestMail),
                domains.countOfCustomer(customerId),
                backups.countLiveOfCustomer(customerId),
                disclosures.countVisibleTo(customerId, today),
                audit.countOpeningsOf(customerId));
    }
}
