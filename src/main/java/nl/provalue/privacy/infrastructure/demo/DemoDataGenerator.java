package nl.provalue.privacy.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import nl.provalue.privacy.application.AccountService;
import nl.provalue.privacy.application.disclosure.RegisterLedger;
import nl.provalue.privacy.domain.account.UserAccountRepository;
import nl.provalue.privacy.domain.backup.Backup;
import nl.provalue.privacy.domain.backup.BackupKind;
import nl.provalue.privacy.domain.backup.BackupPolicy;
import nl.provalue.privacy.domain.backup.BackupRepository;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.customer.PaperRecord;
import nl.provalue.privacy.domain.customer.PersonalDataItem;
import nl.provalue.privacy.domain.customer.StorageMedium;
import nl.provalue.privacy.domain.disclosure.AuthorityType;
import nl.provalue.privacy.domain.disclosure.DataScope;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.HalfYear;
import nl.provalue.privacy.domain.disclosure.LegalBasis;
import nl.provalue.privacy.domain.disclosure.PublishedReport;
import nl.provalue.privacy.domain.disclosure.RegisterEventType;
import nl.provalue.privacy.domain.disclosure.RequestType;
import nl.provalue.privacy.domain.disclosure.TransparencyReport;
import nl.provalue.privacy.domain.mail.MailLogRetention;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.DomainContact;
import nl.provalue.privacy.domain.registration.DomainName;
import nl.provalue.privacy.domain.registration.DomainRepository;
import nl.provalue.privacy.domain.registration.HolderKind;
import nl.provalue.privacy.domain.shared.Purpose;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.domain.staff.StaffRepository;
import nl.provalue.privacy.domain.web.AccessLogBudget;
import nl.provalue.privacy.domain.web.AccessLogStore;
import nl.provalue.privacy.domain.web.TrafficDay;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;
import nl.provalue.privacy.infrastructure.startup.PortalStartup;

/**
 * Fills an empty database with believable demo data: the customers and staff of
 * {@code demo/customers.tsv} and {@code demo/staff.tsv} with their domains, websites, mailboxes,
 * a few thousand log entries over the last weeks, backups of various ages and two disclosure
 * requests. Runs only on an empty database; {@link PortalStartup} decides whether it runs at all.
 */
@ApplicationScoped
public class DemoDataGenerator {

    private static final Logger LOG = Logger.getLogger(DemoDataGenerator.class.getName());
    private static final int ACCESS_LOG_ENTRIES_PER_SITE = 700;
    private static final int MAIL_LOG_ENTRIES_PER_MAILBOX = 60;
    private static final String[] PAGES = {
        "/",
        "/index.html",
        "/contact",
        "/over-ons",
        "/portfolio",
        "/blog/2026/herfst",
        "/css/site.css",
        "/js/app.js",
        "/img/logo.png",
        "/favicon.ico",
        "/prijzen",
        "/robots.txt",
        "/sitemap.xml",
        "/blog/feed.xml",
        "/nieuws?pagina=2"
    };
    private static final String[] CORRESPONDENTS = {
        "info@belastingdienst.nl",
        "noreply@bol.com",
        "klantenservice@kpn.com",
        "nieuwsbrief@nu.nl",
        "marieke.vos@gmail.com",
        "orders@leverancier.nl",
        "j.peters@outlook.com",
        "secretariaat@gemeente-utrecht.nl"
    };

    @Inject
    CustomerRepository customers;

    @Inject
    UserAccountRepository accounts;

    @Inject
    StaffRepository staff;

    @Inject
    WebsiteRepository websites;

    @Inject
    nl.provalue.privacy.application.weblog.AccessLogIntake accessLogIntake;

    @Inject
    AccessLogStore accessLogStore;

    @Inject
    MailRepository mail;

    @Inject
    MailLogStore mailLog;

    @Inject
    DomainRepository domains;

    @Inject
    BackupRepository backups;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    AccountService accountService;

    @Inject
    RegisterLedger ledger;

    @Inject
    Clock clock;

    @Inject
    nl.provalue.privacy.domain.rights.RightsRequestRepository rightsRequests;

    /** Loads the demo data when no customer and no account exist yet; returns whether it did. */
    @Transactional
    public boolean generateIntoEmptyDatabase() {
        if (customers.count() > 0 || accounts.count() > 0) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Random random = new Random(20261126L);
        List<StaffMember> staffMembers = new ArrayList<>();
        for (String[] row : rows("demo/staff.tsv")) {
            StaffMember member = new StaffMember(row[2], row[3], row[4], now.minus(Duration.ofDays(900)));
            if ("yes".equals(row[6])) {
                member.makeAdministrator();
            }
            staff.add(member);
            accountService
                    .createStaffAccount(row[0], row[1].toCharArray(), member)
                    .enableSecondFactor(nl.provalue.privacy.domain.account.TotpSecret.fromBase32(row[5]), 0, now);
            staffMembers.add(member);
        }
        List<Customer> created = new ArrayList<>();
        for (String[] row : rows("demo/customers.tsv")) {
            created.add(customerFrom(row, now, random, staffMembers.get(staffMembers.size() - 1)));
        }
        disclosureRequests(created, staffMembers, now);
        rightsRequests(created, now);
        LOG.info("Demo data loaded: " + created.size() + " customers, " + staffMembers.size() + " staff members");
        return true;
    }

    private Customer customerFrom(String[] row, Instant now, Random random, StaffMember desk) {
        String[] domainNames = row[9].split(",");
        String primaryDomain = domainNames[0];
        String firstName = row[3].split(" ")[0].toLowerCase(Locale.ROOT);
        String email = firstName + "@" + primaryDomain;
        ContactDetails contact = new ContactDetails(row[3], row[4], row[5], row[6], row[7], "NL", row[8], email);
        Instant since = now.minus(Duration.ofDays(400 + random.nextInt(2000)));
        Customer customer = customers.add(new Customer(new CustomerNumber(row[2]), contact, row[10], since));
        accountService.createCustomerAccount(row[0], row[1].toCharArray(), customer);
        if (row.length > 11 && !row[11].isBlank()) {
            // P8: a customer who has given notice; "Wat wij bewaren" shows the dates.
            nl.provalue.privacy.domain.retention.Departure leaves =
                    nl.provalue.privacy.domain.retention.Departure.afterLastDay(
                            now.atZone(nl.provalue.privacy.domain.shared.PolicyClock.PROVIDER_ZONE)
                                    .toLocalDate()
                                    .plusDays(Long.parseLong(row[11])));
            customer.endContract(leaves.leftAt(), leaves.administrationEndsAt(), now);
        }

        personalData(customer, contact, since, now, desk);
        for (int i = 0; i < domainNames.length; i++) {
            domain(customer, domainNames[i], contact, since);
        }
        Website site = websites.add(new Website(
                customer,
                "www." + primaryDomain,
                row[4].isBlank() ? "Basis" : "Zakelijk",
                row[4].isBlank() ? 10L << 30 : 50L << 30,
                since));
        accessLog(site, now, random);
        List<Mailbox> boxes = mailboxes(customer, primaryDomain, firstName, now, random);
        for (Mailbox box : boxes) {
            mailLog(customer, box, now, random);
        }
        backupsOf(customer, primaryDomain, now, random);
        return customer;
    }

    private void personalData(Customer customer, ContactDetails contact, Instant since, Instant now, StaffMember desk) {
        Set<Purpose> both = EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION);
        Set<Purpose> admin = EnumSet.of(Purpose.ADMINISTRATION);
        // Name, address, phone and e-mail are the customer's contact details (Customer); these are the rest.
        customers.addItem(new PersonalDataItem(
                customer,
                DataCategory.CONTACT,
                "Voorkeurstaal",
                "nl".equals(customer.preferredLanguage()) ? "Nederlands" : "Engels",
                ItemSource.WEB_FORM,
                since,
                StorageMedium.ELECTRONIC,
                both,
                null,
                now));
        customers.addItem(new PersonalDataItem(
                customer,
                DataCategory.CONTACT,
                "Bereikbaar voor storingen",
                "Liever per telefoon dan per e-mail, op werkdagen na 9 uur",
                ItemSource.ORAL,
                since.plus(Duration.ofDays(12)),
                StorageMedium.ELECTRONIC,
                both,
                desk,
                now));
        customers.addItem(new PersonalDataItem(
                customer,
                DataCategory.BILLING,
                "IBAN (machtiging)",
                "NL91 ABNA 0417 1643 00".substring(0, 8) + " **** **** "
                        + customer.number().value().substring(4),
                ItemSource.DOCUMENT,
                since.plus(Duration.ofDays(3)),
                StorageMedium.BOTH,
                admin,
                desk,
                now));
        if (contact.organisation() != null) {
            customers.addItem(new PersonalDataItem(
                    customer,
                    DataCategory.BILLING,
                    "KvK-nummer",
                    "17" + customer.number().value().substring(2),
                    ItemSource.DOCUMENT,
                    since.plus(Duration.ofDays(3)),
                    StorageMedium.BOTH,
                    admin,
                    desk,
                    now));
        }
        customers.addItem(new PersonalDataItem(
                customer,
                DataCategory.CORRESPONDENCE,
                "Verzoek verhuizing website",
                "Vraag per e-mail over het overzetten van de website naar een groter pakket",
                ItemSource.EMAIL,
                now.minus(Duration.ofDays(40)),
                StorageMedium.ELECTRONIC,
                both,
                desk,
                now));
        LocalDate contractDate = since.atOffset(ZoneOffset.UTC).toLocalDate();
        customers.addPaperRecord(new PaperRecord(
                customer,
                "Getekende machtiging automatische incasso",
                "Archiefkast B, map " + customer.number().value(),
                contractDate.plusDays(3),
                null,
                now));
    }

    private void domain(Customer customer, String name, ContactDetails contact, Instant since) {
        LocalDate registered = since.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate expires = registered.plusYears(1);
        while (expires.isBefore(LocalDate.now(clock))) {
            expires = expires.plusYears(1);
        }
        DomainName domain = new DomainName(customer, name, registered, expires);
        HolderKind kind = contact.organisation() == null ? HolderKind.NATURAL_PERSON : HolderKind.ORGANISATION;
        domain.addContact(new DomainContact(ContactRole.REGISTRANT, kind, contact));
        domain.addContact(new DomainContact(ContactRole.ADMINISTRATIVE, kind, contact));
        domain.addContact(new DomainContact(
                ContactRole.TECHNICAL,
                HolderKind.ORGANISATION,
                new ContactDetails(
                        "Hostmaster",
                        "Provalue B.V.",
                        "Stationsplein 1",
                        "3511 ED",
                        "Utrecht",
                        "NL",
                        "+31 30 230 40 50",
                        "hostmaster@provalue.nl")));
        domains.add(domain);
    }

    /** P3, P6: three weeks of visits through the same intake as an import, and older daily counters. */
    private void accessLog(Website site, Instant now, Random random) {
        List<AccessLogStore.Line> lines = new ArrayList<>(ACCESS_LOG_ENTRIES_PER_SITE);
        for (int i = 0; i < ACCESS_LOG_ENTRIES_PER_SITE; i++) {
            Instant at = now.minusSeconds(random.nextInt(21 * 24 * 3600));
            String ip = random.nextInt(6) == 0
                    ? String.format("2001:db8:%x::%x", random.nextInt(0xffff), random.nextInt(0xffff))
                    : (random.nextInt(200) + 20) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                            + (random.nextInt(254) + 1);
            String page = PAGES[random.nextInt(PAGES.length)];
            int status = random.nextInt(20) == 0 ? 404 : 200;
            // Photos and downloads: between 200 kB and 8 MB a request.
            long bytes = status == 404 ? 512 : 200_000 + random.nextInt(8_000_000);
            lines.add(new AccessLogStore.Line(
                    site.id(), at, ip, "GET", page, status, bytes, AccessLogBudget.estimatedLineBytes(page, ip), null));
        }
        accessLogIntake.take(lines, null);
        // Counters of the months before the access log reaches back (P3 keeps counting, P6 lets logs go).
        LocalDate today = TrafficDay.dayOf(now);
        for (LocalDate d = today.minusMonths(6); d.isBefore(today.minusDays(21)); d = d.plusDays(1)) {
            long requests = 25 + random.nextInt(40);
            accessLogStore.countTraffic(site.id(), d, requests * (1_000_000 + random.nextInt(6_000_000)), requests);
        }
    }

    private List<Mailbox> mailboxes(Customer customer, String domain, String firstName, Instant now, Random random) {
        Mailbox personal = mail.add(new Mailbox(
                customer,
                firstName + "@" + domain,
                EnumSet.of(MailProtocol.IMAP, MailProtocol.WEBMAIL),
                now.minus(Duration.ofDays(300))));
        personal.recordStoredMail(
                800 + random.nextInt(3000),
                (200L + random.nextInt(900)) << 20,
                now.minus(Duration.ofDays(200 + random.nextInt(500))));
        Mailbox info = mail.add(new Mailbox(
                customer, "info@" + domain, EnumSet.of(MailProtocol.POP3), now.minus(Duration.ofDays(300))));
        if (random.nextBoolean()) {
            info.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 14, now.minus(Duration.ofDays(30)));
            info.recordStoredMail(
                    40 + random.nextInt(60), (5L + random.nextInt(40)) << 20, now.minus(Duration.ofDays(14)));
        } else {
            info.recordStoredMail(random.nextInt(4), 80_000L, now.minus(Duration.ofHours(5)));
        }
        return List.of(personal, info);
    }

    private void mailLog(Customer customer, Mailbox box, Instant now, Random random) {
        long window = MailLogRetention.PERIOD.getSeconds() - 3600;
        List<MailLogStore.Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < MAIL_LOG_ENTRIES_PER_MAILBOX; i++) {
            Instant at = now.minusSeconds(random.nextInt((int) window));
            String other = CORRESPONDENTS[random.nextInt(CORRESPONDENTS.length)];
            boolean outgoing = random.nextInt(3) == 0;
            String queueId = Long.toHexString(0x4A000000000L + random.nextInt(Integer.MAX_VALUE))
                    .toUpperCase(Locale.ROOT);
            deliveries.add(new MailLogStore.Delivery(
                    customer.id(),
                    queueId,
                    outgoing ? box.address() : other,
                    outgoing ? other : box.address(),
                    1_500 + random.nextInt(2_000_000),
                    at,
                    random.nextInt(25) == 0 ? "deferred" : "sent"));
        }
        mailLog.append(deliveries);
    }

    private void backupsOf(Customer customer, String domain, Instant now, Random random) {
        // Weekly homepage and log backups for the last seven months: those past six months are destroyed (P7).
        for (int week = 0; week < 30; week++) {
            Instant taken = now.minus(Duration.ofDays(7L * week + 1))
                    .truncatedTo(ChronoUnit.HOURS)
                    .plus(Duration.ofHours(3));
            BackupKind kind = week % 2 == 0 ? BackupKind.HOMEPAGE : BackupKind.LOGS;
            // What the backup holds is named by its kind ("Homepage", "Logbestanden"); the
            // description says whose, in no language.
            String what = "www." + domain;
            Backup backup = backups.add(
                    Backup.keptForMaximum(customer, kind, what, taken, (50L + random.nextInt(500)) << 20, taken));
            if (backup.isDueForDestruction(now)) {
                backup.destroy(BackupPolicy.latestExpiry(taken));
            }
        }
        Instant mailTaken = now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        backups.add(new Backup(
                customer,
                BackupKind.MAIL,
                "@" + domain,
                mailTaken,
                mailTaken.plus(Duration.ofDays(30)),
                (300L + random.nextInt(2000)) << 20,
                now));
    }

    /** Two rights requests in the queue: one being worked on, one past its deadline. */
    private void rightsRequests(List<Customer> created, Instant now) {
        java.time.LocalDate today =
                java.time.LocalDate.ofInstant(now, nl.provalue.privacy.domain.shared.PolicyClock.PROVIDER_ZONE);
        Customer sanne = created.get(created.size() - 1);
        var access = rightsRequests.add(new nl.provalue.privacy.domain.rights.RightsRequest(
                sanne,
                nl.provalue.privacy.domain.rights.RightsRequestType.ACCESS,
                nl.provalue.privacy.domain.rights.RequestChannel.PORTAL,
                "Please send me a copy of everything you keep about me, including the visitor logs of my website.",
                today.minusDays(20),
                today,
                "sanne.dejong",
                now.minus(Duration.ofDays(20))));
        access.identityChecked("lotte.mulder", now.minus(Duration.ofDays(19)));
        access.startWork("lotte.mulder", now.minus(Duration.ofDays(18)));
        Customer pieter = created.get(2);
        var letter = rightsRequests.add(new nl.provalue.privacy.domain.rights.RightsRequest(
                pieter,
                nl.provalue.privacy.domain.rights.RightsRequestType.RECTIFICATION,
                nl.provalue.privacy.domain.rights.RequestChannel.LETTER,
                "Brief: ons KvK-nummer en het factuuradres zijn veranderd na de verhuizing van de bakkerij.",
                today.minusDays(35),
                today,
                "eva.visser",
                now.minus(Duration.ofDays(34))));
        letter.identityChecked("eva.visser", now.minus(Duration.ofDays(33)));
    }

    private void disclosureRequests(List<Customer> created, List<StaffMember> staffMembers, Instant now) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        StaffMember registrar = staffMembers.get(0);
        StaffMember lawyer = staffMembers.get(1);

        DisclosureRequest subscriber = new DisclosureRequest(
                "REG-2026-0007",
                RequestType.SUBSCRIBER_DATA,
                AuthorityType.POLICE,
                "Politie Eenheid Amsterdam",
                LegalBasis.SV_SUBSCRIBER_DATA,
                "PL1300-2026-118842",
                today.minusDays(35),
                today.minusDays(21),
                "Naam, adres en e-mailadres van de houder van een domeinnaam",
                Set.of(created.get(0)),
                EnumSet.of(DataScope.SUBSCRIBER_DATA),
                registrar,
                now.minus(Duration.ofDays(35)));
        disclosures.add(subscriber);
        ledger.append(subscriber, RegisterEventType.REGISTERED, "eva.visser");
        subscriber.startLegalReview();
        ledger.append(subscriber, RegisterEventType.REVIEW_STARTED, "eva.visser");
        subscriber.decideSecrecy(lawyer, null, now.minus(Duration.ofDays(31)));
        ledger.append(subscriber, RegisterEventType.SECRECY_DECIDED, "ruud.smit");
        subscriber.approve(
                lawyer,
                true,
                "Vordering voldoet aan art. 126nc Sv; gevraagde gegevens zijn gebruikersgegevens.",
                now.minus(Duration.ofDays(30)));
        ledger.append(subscriber, RegisterEventType.APPROVED, "ruud.smit");
        subscriber.recordHandOver(
                "Naam, postadres en e-mailadres per beveiligde e-mail aan de behandelend rechercheur",
                now.minus(Duration.ofDays(29)));
        ledger.append(subscriber, RegisterEventType.HANDED_OVER, "ruud.smit");
        subscriber.close();
        ledger.append(subscriber, RegisterEventType.CLOSED, "ruud.smit");

        lastHalfYear(created, registrar, lawyer, now);

        if (created.size() > 1) {
            DisclosureRequest interception = new DisclosureRequest(
                    "REG-2026-0011",
                    RequestType.INTERCEPTION,
                    AuthorityType.PUBLIC_PROSECUTOR,
                    "Openbaar Ministerie, arrondissementsparket Midden-Nederland",
                    LegalBasis.SV_INTERCEPTION,
                    "OM-MN-2026-55120",
                    today.minusDays(6),
                    today.plusDays(1),
                    "Aftappen van het e-mailverkeer van een mailbox gedurende vier weken",
                    Set.of(created.get(1)),
                    EnumSet.of(DataScope.MAIL_LOG, DataScope.MAIL_CONTENT),
                    registrar,
                    now.minus(Duration.ofDays(6)));
            interception.requestedPeriod(today.minusDays(5), today.plusDays(23));
            // The order's secrecy period, entered at registration; the reviewer has yet to decide.
            interception.proposeSecrecyUntil(today.plusMonths(6));
            disclosures.add(interception);
            ledger.append(interception, RegisterEventType.REGISTERED, "eva.visser");
            interception.startLegalReview();
            ledger.append(interception, RegisterEventType.REVIEW_STARTED, "eva.visser");
        }
    }

    /** Three requests of the last half year, decided and closed, and its published transparency report. */
    private void lastHalfYear(List<Customer> created, StaffMember registrar, StaffMember lawyer, Instant now) {
        HalfYear period =
                HalfYear.of(now.atOffset(ZoneOffset.UTC).toLocalDate()).previous();
        Object[][] requests = {
            {
                RequestType.TRAFFIC_DATA,
                AuthorityType.FIOD,
                "FIOD, kantoor Utrecht",
                LegalBasis.SV_TRAFFIC_DATA,
                20,
                Boolean.FALSE
            },
            {
                RequestType.CIVIL_SUBPOENA,
                AuthorityType.CIVIL_PARTY_WITH_COURT_ORDER,
                "Advocatenkantoor Smit & De Boer",
                LegalBasis.CIVIL_SUBPOENA,
                65,
                null
            },
            {
                RequestType.SUBSCRIBER_DATA,
                AuthorityType.POLICE,
                "Politie Eenheid Midden-Nederland",
                LegalBasis.SV_SUBSCRIBER_DATA,
                120,
                Boolean.TRUE
            }
        };
        List<DisclosureRequest> made = new ArrayList<>();
        for (int i = 0; i < requests.length; i++) {
            Object[] r = requests[i];
            LocalDate received = period.firstDay().plusDays((Integer) r[4]);
            Instant at = received.atStartOfDay(ZoneOffset.UTC).toInstant();
            DisclosureRequest d = new DisclosureRequest(
                    String.format("REG-%d-%04d", period.year(), i + 1),
                    (RequestType) r[0],
                    (AuthorityType) r[1],
                    (String) r[2],
                    (LegalBasis) r[3],
                    "DEMO-" + period + "-" + (i + 1),
                    received,
                    received.plusDays(14),
                    "Zie het bevel in het dossier",
                    Set.of(created.get(new int[] {0, 2, 3}[i] % created.size())),
                    EnumSet.of(DataScope.SUBSCRIBER_DATA),
                    registrar,
                    at);
            disclosures.add(d);
            ledger.append(d, RegisterEventType.REGISTERED, "eva.visser");
            d.decideSecrecy(lawyer, null, at.plus(Duration.ofDays(1)));
            ledger.append(d, RegisterEventType.SECRECY_DECIDED, "ruud.smit");
            if (r[5] == null) {
                d.refuse(
                        lawyer,
                        "Geen rechterlijk bevel bijgevoegd; de dagvaarding richt zich niet tot Provalue.",
                        at.plus(Duration.ofDays(3)));
                ledger.append(d, RegisterEventType.REFUSED, "ruud.smit");
            } else {
                d.approve(
                        lawyer,
                        (Boolean) r[5],
                        "Vordering voldoet aan de wettelijke eisen.",
                        at.plus(Duration.ofDays(2)));
                ledger.append(d, RegisterEventType.APPROVED, "ruud.smit");
                d.recordHandOver(
                        "Gevraagde gegevens per beveiligde overdracht aan de verzoeker", at.plus(Duration.ofDays(4)));
                ledger.append(d, RegisterEventType.HANDED_OVER, "ruud.smit");
            }
            d.close();
            ledger.append(d, RegisterEventType.CLOSED, "ruud.smit");
            made.add(d);
        }
        disclosures.publish(new PublishedReport(TransparencyReport.of(period, made), now, "eva.visser"));
    }

    private static List<String[]> rows(String resource) {
        InputStream in = DemoDataGenerator.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
