package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.provalue.privacy.application.CustomerOverview;
import nl.provalue.privacy.application.CustomerOverviewService;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditRepository;
import nl.provalue.privacy.domain.backup.Backup;
import nl.provalue.privacy.domain.backup.BackupKind;
import nl.provalue.privacy.domain.backup.BackupRepository;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.customer.PersonalDataItem;
import nl.provalue.privacy.domain.customer.StorageMedium;
import nl.provalue.privacy.domain.disclosure.AuthorityType;
import nl.provalue.privacy.domain.disclosure.DataScope;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.LegalBasis;
import nl.provalue.privacy.domain.disclosure.RequestType;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.shared.Purpose;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.domain.staff.StaffRepository;
import nl.provalue.privacy.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema, the mappings and the rules the database enforces, inside the real server against
 * MariaDB. Each test makes its own customer, so nothing depends on what another test left.
 */
@ExtendWith(ArquillianExtension.class)
class MariaDbPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(MariaDbPersistenceIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    CustomerRepository customers;

    @Inject
    StaffRepository staff;

    @Inject
    MailRepository mail;

    @Inject
    BackupRepository backups;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    AuditRepository audit;

    @Inject
    nl.provalue.privacy.application.signin.SignInService signIn;

    @Inject
    nl.provalue.privacy.application.disclosure.RegisterLedger ledger;

    @Inject
    CustomerOverviewService overviews;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Customer newCustomer() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(200_000, 999_999);
        tx.begin();
        Customer c = customers.add(new Customer(
                CustomerNumber.of(n),
                new ContactDetails(
                        "Test Klant " + n,
                        null,
                        "Teststraat 1",
                        "1234 AB",
                        "Utrecht",
                        "NL",
                        "+31 30 123 45 67",
                        "klant" + n + "@example.nl"),
                "nl",
                now));
        tx.commit();
        return c;
    }

    private StaffMember newStaff(String name) throws Exception {
        tx.begin();
        StaffMember s = staff.add(new StaffMember(name, "x@provalue.nl", "Jurist", now));
        tx.commit();
        return s;
    }

    @Test
    void runsOnMariaDbWithTheMigratedSchema() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertEquals("MariaDB", c.getMetaData().getDatabaseProductName());
            ResultSet rs = s.executeQuery("select count(*), sum(case when success = 1 then 0 else 1 end),"
                    + " max(cast(version as unsigned)) from flyway_schema_history where version is not null");
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 2, "the migrations ran");
            assertEquals(0, rs.getInt(2), "none failed");
            // Version numbers are handed out per branch, so there may be gaps; every migration the WAR
            // holds has run all the same.
            var flyway = org.flywaydb.core.Flyway.configure(
                            nl.provalue.privacy.infrastructure.persistence.SchemaMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            assertEquals(0, flyway.info().pending().length, "none skipped");
            assertEquals(rs.getInt(1), flyway.info().applied().length);
        }
    }

    @Test
    void demoDataWasLoadedIntoTheEmptyDatabaseWithHashedPasswords() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select password_hash from user_account where username = 'jan.jansen'");
            assertTrue(rs.next(), "demo customer present");
            String hash = rs.getString(1);
            assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
            assertFalse(hash.contains("Welkom"));
            rs = s.executeQuery("select count(*) from access_log_entry");
            rs.next();
            assertTrue(rs.getLong(1) >= 2000, "a few thousand access-log entries");
        }
    }

    @Test
    void loginChecksThePasswordAndIsAudited() throws Exception {
        nl.provalue.privacy.domain.account.SignInClient client =
                nl.provalue.privacy.domain.account.SignInClient.of("192.0.2.10", "Java");
        assertTrue(signIn.password("jan.jansen", "Welkom-Jan-2026".toCharArray(), client)
                        instanceof nl.provalue.privacy.application.signin.SignInService.SignedIn s
                && s.role() == Role.CUSTOMER);
        assertTrue(
                signIn.password("jan.jansen", "welkom-jan-2026".toCharArray(), client)
                        instanceof nl.provalue.privacy.application.signin.SignInService.Refused);
        assertTrue(
                signIn.password("nobody", "Welkom-Jan-2026".toCharArray(), client)
                        instanceof nl.provalue.privacy.application.signin.SignInService.Refused);
        // Staff always need their second factor after the password.
        assertTrue(
                signIn.password("eva.visser", "Welkom-Eva-2026".toCharArray(), client)
                        instanceof nl.provalue.privacy.application.signin.SignInService.NeedsCode);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery(
                    "select count(*) from audit_event where actor_username = 'jan.jansen' and action = 'LOGIN'");
            rs.next();
            assertTrue(rs.getLong(1) >= 1);
        }
    }

    @Test
    void p1_p2_p8_itemsRoundTripWithSourceStorageAndPurposes() throws Exception {
        Customer customer = newCustomer();
        StaffMember desk = newStaff("Balie");
        tx.begin();
        customers.addItem(new PersonalDataItem(
                customers.find(customer.id()).orElseThrow(),
                DataCategory.CONTACT,
                "Telefoon",
                "+31 6 1111 2222",
                ItemSource.ORAL,
                now.minusSeconds(3600),
                StorageMedium.BOTH,
                EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION),
                staff.find(desk.id()).orElseThrow(),
                now));
        tx.commit();
        tx.begin();
        PersonalDataItem read = customers.itemsOf(customer.id()).get(0);
        assertEquals(ItemSource.ORAL, read.source());
        assertEquals(StorageMedium.BOTH, read.storage());
        assertEquals(EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION), read.purposes());
        assertEquals(now.minusSeconds(3600), read.receivedAt(), "instants survive the round trip in UTC");
        tx.commit();
    }

    @Test
    void p5_mailboxRetentionSettingIsStored() throws Exception {
        Customer customer = newCustomer();
        tx.begin();
        Mailbox box = mail.add(new Mailbox(
                customers.find(customer.id()).orElseThrow(),
                "info" + customer.id() + "@example.nl",
                EnumSet.of(MailProtocol.POP3),
                now));
        box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 30, now);
        tx.commit();
        tx.begin();
        Mailbox read = mail.mailboxesOf(customer.id()).get(0);
        assertEquals(MailRetentionMode.KEEP_COPY_DAYS, read.retentionMode());
        assertEquals(30, read.keepDays());
        assertEquals(Set.of(MailProtocol.POP3), read.protocols());
        tx.commit();
        SQLException e = assertThrows(
                SQLException.class,
                () -> execute("update mailbox set retention_mode = 'DELETE_ON_FETCH' where id = " + read.id()));
        assertTrue(e.getMessage().contains("ck_mailbox_keep_days"), e.getMessage());
    }

    @Test
    void p7_databaseRefusesABackupKeptLongerThanSixMonths() throws Exception {
        Customer customer = newCustomer();
        execute("insert into backup (customer_id, kind, description, taken_at, expires_at, size_bytes) values ("
                + customer.id() + ", 'MAIL', 'ok', '2026-01-31 10:00:00', '2026-07-31 10:00:00', 1)");
        SQLException e = assertThrows(
                SQLException.class,
                () -> execute(
                        "insert into backup (customer_id, kind, description, taken_at, expires_at, size_bytes) values ("
                                + customer.id()
                                + ", 'MAIL', 'too long', '2026-01-31 10:00:00', '2026-07-31 10:00:01', 1)"));
        assertTrue(e.getMessage().contains("ck_backup_expiry_six_months"), e.getMessage());
        tx.begin();
        backups.add(Backup.keptForMaximum(
                customers.find(customer.id()).orElseThrow(),
                BackupKind.HOMEPAGE,
                "site",
                Instant.parse("2026-08-31T03:00:00Z"),
                100,
                Instant.parse("2026-08-31T03:10:00Z")));
        tx.commit();
        assertEquals(2, backups.countLiveOfCustomer(customer.id()));
    }

    @Test
    void p7_databaseRefusesABackupTakenAfterItWasRecorded() throws Exception {
        Customer customer = newCustomer();
        execute(
                "insert into backup (customer_id, kind, description, taken_at, expires_at, size_bytes, recorded_at) values ("
                        + customer.id()
                        + ", 'MAIL', 'skew', '2026-11-30 10:05:00', '2027-05-30 10:05:00', 1, '2026-11-30 10:00:00')");
        SQLException e = assertThrows(
                SQLException.class,
                () -> execute(
                        "insert into backup (customer_id, kind, description, taken_at, expires_at, size_bytes, recorded_at) values ("
                                + customer.id()
                                + ", 'MAIL', 'future', '2030-01-01 00:00:00', '2030-06-30 00:00:00', 1, '2026-11-30 10:00:00')"));
        assertTrue(e.getMessage().contains("ck_backup_not_after_recorded"), e.getMessage());
        // Without a recording time, the database takes its own clock.
        assertThrows(
                SQLException.class,
                () -> execute(
                        "insert into backup (customer_id, kind, description, taken_at, expires_at, size_bytes) values ("
                                + customer.id()
                                + ", 'MAIL', 'future', '2030-01-01 00:00:00', '2030-06-30 00:00:00', 1)"));
    }

    @Test
    void p9_p11_p13_secretRequestsAreNotCountedForTheCustomerAndFourEyesHoldsInTheDatabase() throws Exception {
        Customer customer = newCustomer();
        StaffMember registrar = newStaff("Registrar");
        StaffMember lawyer = newStaff("Jurist");
        LocalDate today = LocalDate.now();
        tx.begin();
        Customer managed = customers.find(customer.id()).orElseThrow();
        DisclosureRequest open = new DisclosureRequest(
                "IT-" + customer.id() + "-A",
                RequestType.SUBSCRIBER_DATA,
                AuthorityType.POLICE,
                "Politie",
                LegalBasis.SV_SUBSCRIBER_DATA,
                "PL-" + customer.id(),
                today,
                null,
                "naam",
                Set.of(managed),
                EnumSet.of(DataScope.SUBSCRIBER_DATA),
                staff.find(registrar.id()).orElseThrow(),
                now);
        DisclosureRequest secret = new DisclosureRequest(
                "IT-" + customer.id() + "-B",
                RequestType.INTERCEPTION,
                AuthorityType.PUBLIC_PROSECUTOR,
                "OM",
                LegalBasis.SV_INTERCEPTION,
                "OM-" + customer.id(),
                today,
                null,
                "tap",
                Set.of(managed),
                EnumSet.of(DataScope.MAIL_CONTENT),
                staff.find(registrar.id()).orElseThrow(),
                now);
        DisclosureRequest undecided = new DisclosureRequest(
                "IT-" + customer.id() + "-C",
                RequestType.TRAFFIC_DATA,
                AuthorityType.POLICE,
                "Politie",
                LegalBasis.SV_TRAFFIC_DATA,
                "PL-C-" + customer.id(),
                today,
                null,
                "verkeer",
                Set.of(managed),
                EnumSet.of(DataScope.MAIL_LOG),
                staff.find(registrar.id()).orElseThrow(),
                now);
        StaffMember reviewer = staff.find(lawyer.id()).orElseThrow();
        open.decideSecrecy(reviewer, null, now);
        secret.decideSecrecy(reviewer, today.plusDays(30), now);
        disclosures.add(open);
        disclosures.add(secret);
        disclosures.add(undecided);
        // Through the register's ledger, as every request is, so the chain stays whole for other tests.
        for (DisclosureRequest r : List.of(open, secret, undecided)) {
            ledger.append(r, nl.provalue.privacy.domain.disclosure.RegisterEventType.REGISTERED, "test");
        }
        tx.commit();
        assertEquals(1, disclosures.countVisibleTo(customer.id(), today), "the undecided request is never counted");
        assertEquals(2, disclosures.countVisibleTo(customer.id(), today.plusDays(31)));
        assertEquals(3, disclosures.about(customer.id()).size());

        CustomerOverview overview = overviews.overviewOf(customer.id());
        assertEquals(1, overview.visibleDisclosures());
        assertEquals(customer.number().value(), overview.customerNumber());

        SQLException e = assertThrows(
                SQLException.class,
                () -> execute(
                        "update disclosure_request set decided_by_id = registered_by_id where id = " + open.id()));
        assertTrue(e.getMessage().contains("ck_disclosure_four_eyes"), e.getMessage());
        execute("update disclosure_request set decided_by_id = " + lawyer.id() + " where id = " + open.id());
        execute("update disclosure_request set decided_by_id = null where id = " + open.id());
        e = assertThrows(
                SQLException.class,
                () -> execute("update disclosure_request set secrecy_decided_by_id = registered_by_id where id = "
                        + open.id()));
        assertTrue(e.getMessage().contains("ck_disclosure_secrecy_four_eyes"), e.getMessage());
        e = assertThrows(
                SQLException.class,
                () -> execute("update disclosure_request set secrecy_until = null where id = " + secret.id()));
        assertTrue(e.getMessage().contains("ck_disclosure_secrecy_until"), e.getMessage());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
