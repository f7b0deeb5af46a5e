package nl.provalue.privacy.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import nl.provalue.privacy.domain.mail.StoredMail;
import nl.provalue.privacy.infrastructure.mailstore.DoveadmMailStore;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.TestDovecot;
import nl.provalue.privacy.testsupport.TestPostfix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * P5 against a real Dovecot: the customer's setting is carried out by the mail server (by the
 * retention rule, started from the staff screen), the mail page shows what Dovecot holds, and a
 * stopped mail server leaves the setting waiting and the page working on the last known figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailServerIT extends BrowserTestBase {

    private static final String PASSWORD = "Welkom-Echte-Mail-2026";
    private static final long RUN = System.currentTimeMillis() % 100000;
    private static final String USER = "echte.mail." + RUN;
    private static final String DOMAIN = "echte-mail-" + RUN + ".nl";
    private static final String DAYS = "dagen@" + DOMAIN;
    private static final String FETCH = "ophalen@" + DOMAIN;
    private static final String IMAP = "imap@" + DOMAIN;
    private static final String NEVER = "nooit-gemeld@" + DOMAIN;
    private static final String UNREACHABLE = "kapot-relais-" + RUN + ".nl";

    private static TestDovecot dovecot;
    private static DoveadmMailStore mailServer;
    private static long daysId;
    private static long fetchId;
    private static long imapId;

    @BeforeAll
    static void mailServerWithMail() throws Exception {
        long account = Db.newCustomerAccount(USER, PASSWORD, USER + "@example.nl");
        long customer = Db.scalar("SELECT customer_id FROM user_account WHERE id = ?", account);
        daysId = mailbox(customer, DAYS, "POP3");
        fetchId = mailbox(customer, FETCH, "POP3");
        imapId = mailbox(customer, IMAP, "IMAP");
        Db.update(
                "INSERT INTO domain_name (customer_id, name, registered_on, expires_on) VALUES (?, ?, CURRENT_DATE,"
                        + " DATE_ADD(CURRENT_DATE, INTERVAL 1 YEAR))",
                customer,
                DOMAIN);
        dovecot = TestDovecot.start(List.of(DAYS, FETCH, IMAP));
        mailServer = new DoveadmMailStore(TestDovecot.apiUrl(), TestDovecot.apiKey(), Duration.ofSeconds(5));

        for (int days : new int[] {40, 40, 31, 5, 0}) {
            dovecot.deliver(DAYS, "bericht van " + days + " dagen", days);
        }
        for (int i = 1; i <= 3; i++) {
            dovecot.deliver(FETCH, "op te halen " + i, 0);
        }
        dovecot.deliver(IMAP, "oud", 400);
        dovecot.deliver(IMAP, "nieuw", 0);
        // A POP3 client fetches two of the three (Dovecot marks them as seen).
        retrieveByPop3(FETCH, 2);
    }

    @AfterAll
    static void stopMailServer() {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    private static long mailbox(long customer, String address, String protocol) {
        Db.update(
                "INSERT INTO mailbox (customer_id, address, retention_mode, messages_stored, bytes_stored, created_at)"
                        + " VALUES (?, ?, ?, 0, 0, CURRENT_TIMESTAMP)",
                customer,
                address,
                "POP3".equals(protocol) ? "DELETE_ON_FETCH" : "KEEP_UNTIL_DELETED");
        long id = Db.scalar("SELECT id FROM mailbox WHERE address = ?", address);
        Db.update("INSERT INTO mailbox_protocol (mailbox_id, protocol) VALUES (?, ?)", id, protocol);
        return id;
    }

    private static void retrieveByPop3(String mailbox, int count) throws Exception {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", String.valueOf(TestDovecot.pop3Port()));
        Store store = Session.getInstance(props).getStore("pop3");
        store.connect(mailbox, TestDovecot.PASSWORD);
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        for (int i = 1; i <= count; i++) {
            Message m = inbox.getMessage(i);
            m.getInputStream().readAllBytes();
        }
        inbox.close(false);
        store.close();
    }

    private PortalHttp customer() {
        return new PortalHttp(base).login(USER, PASSWORD);
    }

    private static String setting(String mode, Integer days) {
        return "{\"mode\":\"" + mode + "\"" + (days == null ? "" : ",\"keepDays\":" + days) + "}";
    }

    private void runMailRule(String expected) {
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.open("/staff/retention.xhtml");
        WebElement rule = browser.find(".rule-MAIL_RETENTION");
        assertTrue(rule.getText().contains("Bewaarinstelling van mailboxen (P5)"), rule.getText());
        rule.findElement(By.cssSelector("button.run-now")).click();
        browser.waitForText(expected);
        browser.logout();
    }

    @Test
    @Order(1)
    void p5_eachSettingIsCarriedOutByTheMailServerExactly() {
        PortalHttp jan = customer();
        assertEquals(
                200,
                jan.put("/api/me/mailboxes/" + daysId + "/retention", "application/json", setting("KEEP_COPY_DAYS", 30))
                        .statusCode());
        assertEquals(
                200,
                jan.put(
                                "/api/me/mailboxes/" + fetchId + "/retention",
                                "application/json",
                                setting("DELETE_ON_FETCH", null))
                        .statusCode());
        assertEquals(
                200,
                jan.put(
                                "/api/me/mailboxes/" + imapId + "/retention",
                                "application/json",
                                setting("KEEP_UNTIL_DELETED", null))
                        .statusCode());

        String before = jan.get("/api/me/mailboxes").body();
        assertTrue(before.contains("\"waitingToBeApplied\":true"), before);
        assertFalse(before.contains("\"waitingToBeApplied\":false"), "all three wait: " + before);
        assertTrue(before.contains("\"figures\":\"LIVE\""), before);

        runMailRule("Bewaarinstelling van mailboxen: ");

        assertEquals(2, mailServer.status(DAYS).messages(), "keep 30 days: the three older ones went");
        assertEquals(1, mailServer.status(FETCH).messages(), "delete on fetch: the two fetched ones went");
        assertEquals(2, mailServer.status(IMAP).messages(), "keep until deleted: none went");
        assertEquals(3, Db.scalar("SELECT retention_removed FROM mailbox WHERE id = ?", daysId));
        assertEquals(2, Db.scalar("SELECT retention_removed FROM mailbox WHERE id = ?", fetchId));
        assertEquals(0, Db.scalar("SELECT retention_removed FROM mailbox WHERE id = ?", imapId));
        String after = jan.get("/api/me/mailboxes").body();
        assertFalse(after.contains("\"waitingToBeApplied\":true"), after);

        // The customer's page shows what Dovecot holds, and what the setting did.
        browser.login(USER, PASSWORD);
        browser.open("/customer/mail.xhtml");
        StoredMail days = mailServer.status(DAYS);
        WebElement box = browser.find("[data-mailbox='" + DAYS + "']");
        assertTrue(box.getText().contains(days.messages() + " berichten"), box.getText());
        assertTrue(box.getText().contains("Zoals de mailserver ze nu meldt"), box.getText());
        assertTrue(box.getText().contains("3 berichten verwijderd"), box.getText());
        browser.screenshot("customer-mail-applied");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/customer/mail.xhtml");
        assertTrue(browser.find("[data-mailbox='" + FETCH + "']").getText().contains("1 bericht,"));
        browser.screenshot("customer-mail-applied-phone");
    }

    @Test
    @Order(2)
    void p5_withTheMailServerStoppedTheChangeWaitsAndThePageStillWorks() {
        dovecot.stop();
        try {
            PortalHttp jan = customer();
            HttpResponse<String> changed = jan.put(
                    "/api/me/mailboxes/" + daysId + "/retention", "application/json", setting("KEEP_COPY_DAYS", 3));
            assertEquals(200, changed.statusCode(), changed.body());
            assertTrue(changed.body().contains("\"waitingToBeApplied\":true"), changed.body());

            // A mailbox the mail server has never given figures for: what the portal holds about it
            // (figures from before the mail server was connected) is not shown as what it holds.
            long never = mailbox(Db.scalar("SELECT customer_id FROM mailbox WHERE id = ?", daysId), NEVER, "IMAP");
            Db.update("UPDATE mailbox SET messages_stored = 62, bytes_stored = 25165824 WHERE id = ?", never);

            browser.login(USER, PASSWORD);
            browser.open("/customer/mail.xhtml");
            WebElement box = browser.find("[data-mailbox='" + DAYS + "']");
            assertTrue(box.getText().contains("Wacht op uitvoering"), box.getText());
            assertTrue(box.getText().contains("laatst bekende cijfers"), box.getText());
            assertTrue(box.getText().contains("2 berichten"), "the last known figures: " + box.getText());
            String unknown =
                    browser.find("[data-mailbox='" + NEVER + "'] dd.stored").getText();
            assertEquals(
                    "De mailserver antwoordde niet op tijd en heeft nog geen cijfers voor deze mailbox gegeven.",
                    unknown);
            Db.update("DELETE FROM mailbox_protocol WHERE mailbox_id = ?", never);
            Db.update("DELETE FROM mailbox WHERE id = ?", never);
            browser.screenshot("customer-mail-server-down");
            browser.logout();

            runMailRule("Bewaarinstelling van mailboxen: ");
            assertEquals(
                    "FAILED",
                    Db.string("SELECT outcome FROM retention_run WHERE rule_id = 'MAIL_RETENTION'"
                            + " ORDER BY id DESC LIMIT 1"));
            assertTrue(jan.get("/api/me/mailboxes").body().contains("\"waitingToBeApplied\":true"));
        } finally {
            dovecot.startAgain();
        }
        runMailRule("Bewaarinstelling van mailboxen: ");
        assertEquals(1, mailServer.status(DAYS).messages(), "keep 3 days: the 5-day-old one went too");
        assertFalse(customer().get("/api/me/mailboxes").body().contains("\"waitingToBeApplied\":true"));
    }

    @Test
    @Order(3)
    void p4_realMailThroughPostfixAndDovecotShowsInTheMailLogAndOnThePage() throws Exception {
        String unknown = "onbekend@" + DOMAIN;
        String far = "iemand@" + UNREACHABLE;
        try (TestPostfix postfix = TestPostfix.start(DOMAIN, UNREACHABLE)) {
            send("extern@voorbeeld.org", DAYS, "Offerte");
            send("extern@voorbeeld.org", unknown, "Aan niemand");
            send(DAYS, far, "Naar een kapotte relay");
            List<String> statuses = postfix.awaitStatuses(List.of(DAYS, unknown, far), Duration.ofSeconds(60));
            assertEquals(List.of("sent", "bounced", "deferred"), statuses, postfix.logText());
        }
        // The portal follows Postfix's log: the three deliveries arrive without anyone uploading it.
        PortalHttp jan = customer();
        String log = "";
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofSeconds(90));
        while (java.time.Instant.now().isBefore(deadline)) {
            log = jan.get("/api/me/mail-log?limit=50").body();
            if (log.contains(DAYS) && log.contains(unknown) && log.contains(far)) {
                break;
            }
            Thread.sleep(1000);
        }
        assertTrue(log.contains("\"recipient\":\"" + DAYS + "\"") && log.contains("\"status\":\"sent\""), log);
        assertTrue(log.contains("\"recipient\":\"" + unknown + "\"") && log.contains("\"status\":\"bounced\""), log);
        assertTrue(log.contains("\"recipient\":\"" + far + "\"") && log.contains("\"status\":\"deferred\""), log);
        assertEquals(
                3,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry e JOIN user_account u ON u.customer_id = e.customer_id"
                                + " WHERE u.username = ?",
                        USER),
                "exactly those three deliveries: " + log);

        browser.login(USER, PASSWORD);
        browser.open("/customer/mail.xhtml");
        int held = mailServer.status(DAYS).messages();
        assertTrue(
                browser.find("[data-mailbox='" + DAYS + "']").getText().contains(held + " berichten"),
                "the page counts what Dovecot holds: " + held);
        String table = browser.text("[id='log:entries']");
        assertTrue(table.contains(unknown) && table.contains(far), table);
        assertTrue(
                table.contains("Niet afgeleverd, teruggestuurd")
                        && table.contains("Uitgesteld, wordt opnieuw geprobeerd"),
                "Postfix's words in the customer's language: " + table);
        browser.screenshot("customer-mail-log-real");
    }

    private static void send(String from, String to, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(TestPostfix.smtpPort()));
        Session session = Session.getInstance(props);
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(session);
        m.setFrom(new jakarta.mail.internet.InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new jakarta.mail.internet.InternetAddress(to));
        m.setSubject(subject);
        m.setText("Een bericht voor de test van de maillog.");
        jakarta.mail.Transport.send(m);
    }
}
