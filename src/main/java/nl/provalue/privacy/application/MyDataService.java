package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.provalue.privacy.application.MyDataViews.AccessPage;
import nl.provalue.privacy.application.MyDataViews.AccessRow;
import nl.provalue.privacy.application.MyDataViews.BackupEntry;
import nl.provalue.privacy.application.MyDataViews.Contact;
import nl.provalue.privacy.application.MyDataViews.ContactCorrection;
import nl.provalue.privacy.application.MyDataViews.Disclosure;
import nl.provalue.privacy.application.MyDataViews.Item;
import nl.provalue.privacy.application.MyDataViews.ItemGroup;
import nl.provalue.privacy.application.MyDataViews.Paper;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.application.MyDataViews.StaffAccess;
import nl.provalue.privacy.application.MyDataViews.Traffic;
import nl.provalue.privacy.domain.account.UserAccountRepository;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.backup.BackupRepository;
import nl.provalue.privacy.domain.customer.ContactChange;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.customer.PersonalDataItem;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.RequestStatus;
import nl.provalue.privacy.domain.mail.StoredMailLine;
import nl.provalue.privacy.domain.shared.KeysetScan;
import nl.provalue.privacy.domain.shared.LogPosition;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.web.AccessLogEntry;
import nl.provalue.privacy.domain.web.AccessLogQuery;
import nl.provalue.privacy.domain.web.AccessLogRepository;
import nl.provalue.privacy.domain.web.StoredAccessLine;
import nl.provalue.privacy.domain.web.TrafficDay;
import nl.provalue.privacy.domain.web.TrafficUsage;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;

/**
 * "My data": everything held about one customer (GDPR access), the correction of their contact
 * details (rectification). Every use case takes the customer id first and is guarded by
 * {@link CustomerDataAccess}: a customer reaches only their own data, staff only with a reason.
 */
@ApplicationScoped
@CustomerDataAccess
@Transactional
public class MyDataService {

    /** P3: how many days of daily traffic the chart shows. */
    public static final int TRAFFIC_DAYS = 90;
    /** P3: how many months of monthly traffic are compared with the limit. */
    public static final int TRAFFIC_MONTHS = 6;

    @Inject
    CustomerRepository customers;

    @Inject
    WebsiteRepository websites;

    @Inject
    AccessLogRepository accessLogs;

    @Inject
    BackupRepository backups;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    nl.provalue.privacy.domain.audit.AuditRepository audit;

    @Inject
    UserAccountRepository accounts;

    @Inject
    nl.provalue.privacy.domain.mail.MailRepository mail;

    @Inject
    nl.provalue.privacy.domain.registration.DomainRepository domains;

    @Inject
    CurrentCaller caller;

    @Inject
    nl.provalue.privacy.application.desk.DocumentStore documents;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public Profile profile(long customerId) {
        Customer customer = customer(customerId);
        List<ContactChange> changes = customers.contactChangesOf(customerId);
        // The customer's own contact details: not a domain name's contact, nor a mailbox or website.
        Instant contactReceived = changes.stream()
                .filter(ch -> ch.subject() == null && ch.field().isContactField())
                .map(ContactChange::changedAt)
                .findFirst()
                .orElse(customer.createdAt());
        ContactDetails c = customer.contact();
        Contact contact = new Contact(
                c.fullName(),
                c.organisation(),
                c.street(),
                c.postalCode(),
                c.city(),
                c.countryCode(),
                c.phone(),
                c.email(),
                contactReceived,
                customer.contactSource());

        Map<DataCategory, List<Item>> grouped = new EnumMap<>(DataCategory.class);
        List<PersonalDataItem> items = customers.itemsOf(customerId);
        Map<Long, String> documentNames =
                documents.namesOf(items.stream().map(PersonalDataItem::id).toList());
        for (PersonalDataItem i : items) {
            grouped.computeIfAbsent(i.category(), k -> new ArrayList<>())
                    .add(new Item(
                            i.id(),
                            i.category(),
                            i.label(),
                            i.value(),
                            i.source(),
                            i.receivedAt(),
                            i.storage(),
                            List.copyOf(i.purposes()),
                            i.recordedBy() != null,
                            documentNames.get(i.id())));
        }
        List<ItemGroup> groups = grouped.entrySet().stream()
                .map(e -> new ItemGroup(e.getKey(), e.getValue()))
                .toList();
        List<Paper> paper = customers.paperRecordsOf(customerId).stream()
                .map(p ->
                        new Paper(p.description(), p.location(), p.keptSince(), p.keptUntil(), p.destroyedAt(), p.id()))
                .toList();
        List<ContactCorrection> corrections = changes.stream()
                .map(ch -> new ContactCorrection(
                        ch.field(),
                        ch.subject(),
                        ch.subjectRole(),
                        ch.oldValue(),
                        ch.newValue(),
                        ch.source(),
                        ch.changedAt(),
                        ch.changedBy()))
                .toList();
        return new Profile(customer.number().value(), contact, groups, paper, corrections);
    }

    /** The language the customer chose ({@code nl} or {@code en}), for what the portal writes to them. */
    public String preferredLanguage(long customerId) {
        return customer(customerId).preferredLanguage();
    }

    /**
     * Rectification: the customer corrects their contact details on the web form (P1: source
     * WEB_FORM). Invalid details are refused with the violated constraints; returns how many
     * fields changed, each recorded with its old and new value.
     */
    public int correctContact(long customerId, ContactDetails corrected) {
        Set<ConstraintViolation<ContactDetails>> violations = validator.validate(corrected);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Customer customer = customer(customerId);
        String by = caller.identity().map(CurrentCaller.Identity::username).orElse("system");
        Instant now = clock.instant();
        List<ContactChange> changes = customer.correctContact(corrected, ItemSource.WEB_FORM, now, by);
        changes.forEach(customers::addContactChange);
        if (!changes.isEmpty()) {
            audit.record(new AuditEvent(
                    now,
                    by,
                    caller.identity().map(CurrentCaller.Identity::role).orElseThrow(),
                    AuditAction.CONTACT_DETAILS_CORRECTED,
                    customerId,
                    null,
                    changes.stream().map(ch -> ch.field().name()).toList().toString()));
        }
        return changes.size();
    }

    /**
     * P3, P6: the customer's websites with their traffic and how far back their logs reach. Three
     * reads whatever the number of sites: the sites, their daily counters, the oldest log lines.
     */
    public List<Site> websites(long customerId) {
        LocalDate today = LocalDate.now(clock.withZone(PolicyClock.PROVIDER_ZONE));
        YearMonth month = YearMonth.from(today);
        LocalDate firstMonth = month.minusMonths(TRAFFIC_MONTHS - 1L).atDay(1);
        LocalDate firstDay = today.minusDays(TRAFFIC_DAYS - 1L);
        List<Website> owned = websites.ofCustomer(customerId);
        List<Long> ids = owned.stream().map(Website::id).toList();
        Map<Long, List<TrafficDay>> countersOf = new HashMap<>();
        for (TrafficDay t : websites.trafficBetween(ids, firstMonth, today)) {
            countersOf
                    .computeIfAbsent(t.website().id(), id -> new ArrayList<>())
                    .add(t);
        }
        Map<Long, Instant> reaches = accessLogs.oldestEntries(ids);
        List<Site> sites = new ArrayList<>();
        for (Website w : owned) {
            List<TrafficDay> counters = countersOf.getOrDefault(w.id(), List.of());
            TreeMap<YearMonth, long[]> perMonth = new TreeMap<>();
            for (YearMonth m = YearMonth.from(firstMonth); !m.isAfter(month); m = m.plusMonths(1)) {
                perMonth.put(m, new long[2]);
            }
            List<Traffic> days = new ArrayList<>();
            for (TrafficDay t : counters) {
                long[] m = perMonth.get(YearMonth.from(t.date()));
                m[0] += t.bytesServed();
                m[1] += t.requests();
                if (!t.date().isBefore(firstDay)) {
                    days.add(new Traffic(t.date(), t.bytesServed(), t.requests()));
                }
            }
            List<Traffic> months = perMonth.entrySet().stream()
                    .map(e -> new Traffic(e.getKey().atDay(1), e.getValue()[0], e.getValue()[1]))
                    .toList();
            long used = perMonth.get(month)[0];
            TrafficUsage usage = w.usage(used);
            Instant reach = reaches.get(w.id());
            long approx = approxLogEntries(w.id(), reach, firstMonth, counters);
            sites.add(new Site(
                    w.id(),
                    w.hostname(),
                    w.planName(),
                    w.trafficLimitBytes(),
                    month,
                    used,
                    usage.percentOfLimit(),
                    usage.isNearLimit(),
                    usage.isOverLimit(),
                    reach,
                    approx,
                    days,
                    months));
        }
        return sites;
    }

    /**
     * About how many lines a site's log holds: the requests counted since the day of its oldest
     * line, without counting rows. From the counters already read when they reach back that far.
     */
    private long approxLogEntries(long websiteId, Instant reach, LocalDate countersFrom, List<TrafficDay> counters) {
        if (reach == null) {
            return 0;
        }
        LocalDate since = reach.atZone(PolicyClock.PROVIDER_ZONE).toLocalDate();
        if (counters == null || since.isBefore(countersFrom)) {
            return websites.requestsSince(websiteId, since);
        }
        return counters.stream()
                .filter(t -> !t.date().isBefore(since))
                .mapToLong(TrafficDay::requests)
                .sum();
    }

    /**
     * P6: one page of a website's access log. The website must be the customer's own; another
     * customer's site is "not found".
     */
    public AccessPage accessLog(long customerId, AccessLogQuery query) {
        Website site = websites.find(query.websiteId())
                .filter(w -> w.customer().id() == customerId)
                .orElseThrow(() -> new NotFoundException("website", query.websiteId()));
        AccessLogRepository.Scan scan = accessLogs.page(query);
        KeysetScan<AccessLogEntry> page = KeysetScan.of(
                scan.rows(),
                query.pageSize(),
                query.cursor(),
                query.backwards(),
                scan.lookedTo(),
                a -> new LogPosition(a.requestedAt(), a.id()));
        Instant reach = accessLogs.oldestEntry(site.id()).orElse(null);
        long approx = approxLogEntries(site.id(), reach, null, null);
        return new AccessPage(
                site.hostname(),
                page.rows().stream()
                        .map(a -> new AccessRow(
                                a.id(),
                                a.requestedAt(),
                                a.clientIp(),
                                a.method(),
                                a.path(),
                                a.statusCode(),
                                a.responseBytes()))
                        .toList(),
                page.before(),
                page.after(),
                page.lookedTo() == null ? null : page.lookedTo().at(),
                reach,
                approx);
    }

    /**
     * P6: every line of one of the customer's websites' logs, oldest first, handed over as it is
     * read (the export); another customer's site is "not found".
     */
    public void eachAccessLine(long customerId, long websiteId, Consumer<StoredAccessLine> each) {
        websites.find(websiteId)
                .filter(w -> w.customer().id() == customerId)
                .orElseThrow(() -> new NotFoundException("website", websiteId));
        accessLogs.eachLine(websiteId, each);
    }

    public List<BackupEntry> backups(long customerId) {
        return backups.ofCustomer(customerId).stream()
                .map(b -> new BackupEntry(
                        b.kind(), b.description(), b.takenAt(), b.expiresAt(), b.destroyedAt(), b.sizeBytes()))
                .toList();
    }

    /** P9: disclosures the customer may know about; secret ones are left out by the query. */
    public List<Disclosure> disclosures(long customerId) {
        LocalDate today = LocalDate.now(clock.withZone(PolicyClock.PROVIDER_ZONE));
        return disclosures.visibleTo(customerId, today).stream()
                .map(d -> new Disclosure(
                        d.registerNumber(),
                        d.type(),
                        d.authorityType(),
                        d.authorityName(),
                        d.legalBasis(),
                        d.receivedOn(),
                        d.outcomeForCustomer(),
                        d.status() == RequestStatus.CLOSED,
                        List.copyOf(d.scopes()),
                        d.decisionReason(),
                        d.handedOverAt(),
                        d.handedOverDescription()))
                .toList();
    }

    /**
     * P12: every time staff opened this customer's data, newest first, a page at a time: each
     * opening once, with who, when, the purpose (as a code) and the staff member's own words, and
     * how many views it held.
     */
    public List<StaffAccess> staffAccesses(long customerId, int first, int max) {
        return staffAccessViews(audit.openingsOf(customerId, first, max));
    }

    private List<StaffAccess> staffAccessViews(
            List<nl.provalue.privacy.domain.audit.AuditRepository.OpeningSummary> openings) {
        Map<String, String> names = new java.util.HashMap<>();
        return openings.stream()
                .map(o -> new StaffAccess(
                        o.first().id(),
                        o.first().occurredAt(),
                        names.computeIfAbsent(o.first().actorUsername(), this::staffName),
                        o.first().purpose(),
                        o.first().purposeDetail(),
                        o.first().reason(),
                        o.lastViewedAt(),
                        o.views()))
                .toList();
    }

    /**
     * P12: the openings that began before the given one ({@link StaffAccess#at()} and
     * {@link StaffAccess#id()}; both {@code null} to start with the newest), newest first: for
     * reading all of them page by page without skipping or repeating one.
     */
    public List<StaffAccess> staffAccessesBefore(long customerId, Instant beforeTime, Long beforeId, int max) {
        return staffAccessViews(audit.openingsBefore(customerId, beforeTime, beforeId, max));
    }

    /** P12: how many openings {@link #staffAccesses} pages through. */
    public long countStaffAccesses(long customerId) {
        return audit.countOpeningsOf(customerId);
    }

    /** P1: the letter or e-mail an item of this customer came from; another customer's item is "not found". */
    public nl.provalue.privacy.application.desk.DocumentStore.StoredDocument document(long customerId, long itemId) {
        boolean theirs = customers.itemsOf(customerId).stream().anyMatch(i -> i.id() == itemId);
        return documents.of(itemId).filter(d -> theirs).orElseThrow(() -> new NotFoundException("document", itemId));
    }

    /** Streams the document {@link #document} found. */
    public void writeDocument(long customerId, long itemId, java.io.OutputStream out) {
        document(customerId, itemId);
        documents.copyTo(itemId, out);
    }

    public List<MyDataViews.MailboxEntry> mailboxes(long customerId) {
        return mail.mailboxesOf(customerId).stream()
                .map(m -> new MyDataViews.MailboxEntry(
                        m.address(),
                        List.copyOf(m.protocols()),
                        m.retentionMode(),
                        m.keepDays(),
                        m.messagesStored(),
                        m.bytesStored(),
                        m.oldestMessageAt(),
                        m.settingChangedAt()))
                .toList();
    }

    /** P4: every line of the customer's mail log, oldest first, handed over as it is read (the export). */
    public void eachMailLine(long customerId, Consumer<StoredMailLine> each) {
        mail.eachLogLine(customerId, each);
    }

    public List<MyDataViews.DomainEntry> domains(long customerId) {
        return domains.ofCustomer(customerId).stream()
                .map(d -> new MyDataViews.DomainEntry(
                        d.name(),
                        d.registeredOn(),
                        d.expiresOn(),
                        d.contacts().stream()
                                .map(c -> new MyDataViews.DomainContactEntry(
                                        c.role(),
                                        c.holderKind(),
                                        c.details().fullName(),
                                        c.details().organisation(),
                                        c.details().email(),
                                        c.details().phone(),
                                        c.publishConsent()))
                                .toList()))
                .toList();
    }

    private String staffName(String username) {
        return accounts.findByUsername(username)
                .map(a -> a.staffMember() == null ? username : a.staffMember().fullName())
                .orElse(username);
    }

    private Customer customer(long customerId) {
        return customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
    }
}
