package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provalue.privacy.domain.account.TotpSecret;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.StaffCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in as people do it in Chromium: staff with the code of their app, a new staff member
 * setting up the app from the QR code, a customer switching two-step verification on and using a
 * recovery code, changing a password against the policy, the forgotten password by e-mail, and the
 * sign-in history and open sessions, on a desktop and at phone width.
 */
class SignInBrowserIT extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 9525), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void finding3_staffSignInWithThePasswordThenTheCodeOfTheirApp() {
        browser.open("/login.xhtml");
        browser.find("#j_username").sendKeys("ruud.smit");
        browser.find("#j_password").sendKeys("Welkom-Ruud-2026");
        browser.submit("#login-submit");
        assertEquals("Inlogcode", browser.text("#page-title"));
        assertTrue(browser.pageText().contains("code van zes cijfers"));
        browser.screenshot("sign-in-code");
        browser.enterCode("000000");
        assertTrue(browser.text("#code-error").contains("klopt niet"), "a wrong code is refused");
        browser.enterCode(StaffCodes.next("ruud.smit"));
        assertEquals("/staff/", browser.currentPath());
        assertTrue(browser.text("#welcome").contains("Ruud Smit"));
    }

    @Test
    void finding3_aNewStaffMemberSetsUpTheAppFromTheQrCodeAndGetsRecoveryCodes() {
        Db.newStaffAccount("nieuwe.collega", "Een lange zin voor de nieuwe collega", "nieuwe.collega@provalue.nl");
        browser.open("/login.xhtml");
        browser.find("#j_username").sendKeys("nieuwe.collega");
        browser.find("#j_password").sendKeys("Een lange zin voor de nieuwe collega");
        browser.submit("#login-submit");
        assertEquals("Tweestapsverificatie instellen", browser.text("#page-title"));
        WebElement qr = browser.find("#enrol-qr svg");
        assertEquals("img", qr.getAttribute("role"));
        assertTrue(qr.getSize().getWidth() > 100, "a QR code one can scan");
        TotpSecret secret = TotpSecret.fromBase32(browser.text("#enrol-secret"));
        browser.screenshot("sign-in-enrol");
        browser.enterCode(StaffCodes.next("nieuwe.collega", secret));

        // The recovery codes are shown once, right after.
        assertEquals("/account/security.xhtml", browser.currentPath());
        List<WebElement> codes = browser.all(".recovery-codes code");
        assertEquals(10, codes.size());
        String recovery = codes.get(0).getText();
        browser.screenshot("security-recovery-codes");
        browser.open("/account/security.xhtml");
        assertTrue(browser.all(".recovery-codes code").isEmpty(), "shown only once");
        assertTrue(browser.text("#recovery-left").endsWith("10"));
        browser.logout();

        // Without the phone, a recovery code signs in once.
        browser.open("/login.xhtml");
        browser.find("#j_username").sendKeys("nieuwe.collega");
        browser.find("#j_password").sendKeys("Een lange zin voor de nieuwe collega");
        browser.submit("#login-submit");
        browser.enterCode(recovery);
        assertEquals("/staff/", browser.currentPath());
        assertEquals(
                1,
                Db.scalar("SELECT count(*) FROM recovery_code c JOIN user_account u ON u.id = c.account_id"
                        + " WHERE u.username = 'nieuwe.collega' AND c.used_at IS NOT NULL"));
    }

    @Test
    void finding3_aCustomerSwitchesOnTwoStepVerificationAndSignsInWithIt() {
        Db.newCustomerAccount("twee.staps", "Mijn fiets staat bij de molen", "twee.staps@example.nl");
        browser.login("twee.staps", "Mijn fiets staat bij de molen");
        browser.open("/account/security.xhtml");
        assertEquals("Inloggen en beveiliging", browser.text("#page-title"));
        assertTrue(browser.text("#second-factor-status").contains("staat uit"));
        browser.byId("security:start-second-factor").click();
        TotpSecret secret = TotpSecret.fromBase32(browser.text("#enrol-secret"));
        browser.find("#enrol-qr svg");
        browser.byId("security:confirm-second-factor").click();
        browser.waitForText("Vul de zescijferige code uit uw app in.");
        browser.byId("security:code").sendKeys("123456");
        browser.byId("security:confirm-second-factor").click();
        browser.waitForText("klopt niet");
        browser.byId("security:code").clear();
        browser.byId("security:code").sendKeys(StaffCodes.next("twee.staps", secret));
        browser.byId("security:confirm-second-factor").click();
        browser.waitForText("Tweestapsverificatie staat aan");
        assertEquals(10, browser.all(".recovery-codes code").size());
        browser.screenshot("security-second-factor-on");
        browser.logout();

        browser.open("/login.xhtml");
        browser.find("#j_username").sendKeys("twee.staps");
        browser.find("#j_password").sendKeys("Mijn fiets staat bij de molen");
        browser.submit("#login-submit");
        assertEquals("Inlogcode", browser.text("#page-title"));
        browser.enterCode(StaffCodes.next("twee.staps", secret));
        assertEquals("/customer/", browser.currentPath());
    }

    @Test
    void finding4_passwordChangeFollowsThePolicyAndEndsTheOtherSessions() throws Exception {
        Db.newCustomerAccount("nieuw.wachtwoord", "Oude zin voor het wachtwoord", "nieuw.wachtwoord@example.nl");
        PortalHttp elsewhere = new PortalHttp(base).login("nieuw.wachtwoord", "Oude zin voor het wachtwoord");
        browser.login("nieuw.wachtwoord", "Oude zin voor het wachtwoord");
        browser.open("/account/security.xhtml");
        assertEquals(2, browser.all(".open-sessions tbody tr").size(), "two sessions open");
        assertEquals(1, browser.all(".this-session").size());

        // Nothing filled in: the first thing missing is asked for, not a mismatch of two empty fields.
        browser.byId("security:change-password").click();
        browser.waitForText("Vul uw huidige wachtwoord in.");
        assertFalse(browser.pageText().contains("niet gelijk"), browser.pageText());

        browser.byId("security:currentPassword").sendKeys("Oude zin voor het wachtwoord");
        browser.byId("security:newPassword").sendKeys("welkom12345");
        browser.byId("security:repeatPassword").sendKeys("welkom12345");
        browser.byId("security:change-password").click();
        browser.waitForText("Dit wachtwoord is te makkelijk te raden");
        browser.screenshot("security-password-refused");

        browser.type("security:currentPassword", "Oude zin voor het wachtwoord");
        browser.type("security:newPassword", "Zeven paarse olifanten dansen");
        browser.type("security:repeatPassword", "Zeven paarse olifanten dansen");
        browser.byId("security:change-password").click();
        browser.waitForText("Uw wachtwoord is gewijzigd");
        assertEquals(1, browser.all(".open-sessions tbody tr").size(), "only this session is left");
        assertEquals(302, elsewhere.get("/customer/").statusCode(), "the other session has ended");
        new PortalHttp(base).login("nieuw.wachtwoord", "Zeven paarse olifanten dansen");
        assertTrue(mailTo("nieuw.wachtwoord@example.nl").getSubject().contains("gewijzigd"));
    }

    @Test
    void finding4_aWrongCurrentPasswordTooOftenSaysWhenToTryAgain() {
        Db.newCustomerAccount("te.vaak.mis", "Mijn goede oude wachtwoord", "te.vaak.mis@example.nl");
        browser.login("te.vaak.mis", "Mijn goede oude wachtwoord");
        browser.open("/account/security.xhtml");
        String said = "";
        for (int attempt = 0; attempt < 8 && !said.contains("Te veel mislukte pogingen"); attempt++) {
            browser.type("security:currentPassword", "niet mijn wachtwoord " + attempt);
            browser.type("security:newPassword", "Zeven paarse olifanten dansen");
            browser.type("security:repeatPassword", "Zeven paarse olifanten dansen");
            browser.byId("security:change-password").click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> browser.pageText().contains("klopt niet")
                            || browser.pageText().contains("Te veel mislukte pogingen"));
            said = browser.pageText();
        }
        // The time the wait actually ends, to the second, not a quarter of an hour it does not last.
        assertTrue(said.matches("(?s).*Probeer het opnieuw na \\d{1,2}:\\d{2}:\\d{2}\\..*"), said);
        assertFalse(said.contains("kwartier"), said);
    }

    @Test
    void finding4_forgottenPasswordByAOneTimeLinkThatAnswersTheSameForUnknownAddresses() throws Exception {
        Db.newCustomerAccount("vergeten.ww", "Dit wachtwoord ben ik kwijt", "vergeten.ww@example.nl");
        browser.open("/login.xhtml");
        browser.find("#forgot-password").click();
        assertEquals("Wachtwoord vergeten", browser.text("#page-title"));
        // Not an address at all: said so, at the field, and nothing claims a link was sent.
        browser.byId("forgot:email").sendKeys("geen-adres");
        browser.byId("forgot:send").click();
        browser.waitForText("Dit is geen e-mailadres.");
        assertTrue(browser.all("#forgot-sent").isEmpty(), browser.pageText());
        browser.byId("forgot:email").clear();
        browser.byId("forgot:email").sendKeys("niemand@example.nl");
        browser.byId("forgot:send").click();
        String unknown = browser.text("#forgot-sent");

        browser.open("/forgot-password.xhtml");
        browser.byId("forgot:email").sendKeys("Vergeten.WW@example.nl");
        browser.byId("forgot:send").click();
        assertEquals(unknown, browser.text("#forgot-sent"), "the same answer for known and unknown addresses");
        browser.screenshot("forgot-password-sent");

        MimeMessage mail = mailTo("vergeten.ww@example.nl");
        Matcher link = Pattern.compile("https://localhost:\\d+(/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]{43})")
                .matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), GreenMailUtil.getBody(mail));
        assertFalse(
                java.util.Arrays.stream(MAIL.getReceivedMessages())
                        .anyMatch(m -> recipient(m).equals("niemand@example.nl")),
                "nothing was sent for the unknown address");

        browser.open(link.group(1));
        assertEquals("vergeten.ww", browser.text("#reset-username"));
        browser.byId("reset:newPassword").sendKeys("Een nieuw en lang wachtwoord");
        browser.byId("reset:repeatPassword").sendKeys("Een nieuw en lang wachtwoord");
        browser.byId("reset:save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("login.xhtml"));
        assertTrue(browser.text("#login-reset").contains("nieuwe wachtwoord"));
        browser.login("vergeten.ww", "Een nieuw en lang wachtwoord");
        assertEquals("/customer/", browser.currentPath());

        // The link works once.
        browser.open(link.group(1));
        assertTrue(browser.text("#reset-invalid").contains("werkt niet meer"));
    }

    @Test
    void aCustomerSeesTheSignInHistoryAndEndsAnotherSession() {
        Db.newCustomerAccount("mijn.sessies", "Lange zin om mee in te loggen", "mijn.sessies@example.nl");
        new PortalHttp(base).postForm("/j_security_check", "j_username=mijn.sessies&j_password=fout");
        PortalHttp phone = new PortalHttp(base).login("mijn.sessies", "Lange zin om mee in te loggen");
        browser.login("mijn.sessies", "Lange zin om mee in te loggen");
        browser.open("/account/security.xhtml");
        String history = browser.text(".sign-in-history");
        assertTrue(history.contains("Verkeerd wachtwoord"), history);
        assertTrue(history.contains("Ingelogd"), history);
        assertTrue(history.contains("Chromium") && history.contains("Java"), history);
        assertEquals(2, browser.all(".open-sessions tbody tr").size());
        browser.screenshot("security-sessions-desktop");
        browser.find(".end-session").click();
        browser.waitForText("De sessie is beëindigd");
        assertEquals(1, browser.all(".open-sessions tbody tr").size());
        assertEquals(302, phone.get("/api/me").statusCode(), "the other session is signed out");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/account/security.xhtml");
        browser.screenshot("security-sessions-phone");
        assertTrue(browser.find("#security\\:change-password").isDisplayed());
    }

    @Test
    void theLoginPageAtPhoneWidthOffersTheForgottenPasswordLink() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/login.xhtml");
        assertTrue(browser.find("#forgot-password").isDisplayed());
        browser.screenshot("login-phone");
        browser.open("/login.xhtml?wait=" + (System.currentTimeMillis() / 1000 + 600));
        assertTrue(browser.text("#login-wait").contains("Probeer het opnieuw na"));
        assertFalse(browser.text("#login-wait").contains("PM")
                || browser.text("#login-wait").contains("AM"));
        browser.screenshot("login-throttled-phone");
    }

    @Test
    void finding4_aLoginCreatedByStaffIsActivatedByTheCustomerThroughALink() throws Exception {
        long customer = Db.newCustomerWithoutLogin("Nieuwe Klant", "nieuwe.klant@example.nl");
        String number = Db.string("SELECT customer_number FROM customer WHERE id = ?", customer);
        browser.login("lotte.mulder", "Welkom-Lotte-2026");
        browser.open("/staff/customers.xhtml");
        browser.byId("find:query").sendKeys(number);
        browser.byId("find:search").click();
        browser.waitForText(number);
        browser.find("button.choose-customer").click();
        browser.waitForText("Waarom opent u de gegevens van " + number);
        browser.driver()
                .findElement(org.openqa.selenium.By.cssSelector("input[type=radio][value='CUSTOMER_QUESTION']"))
                .click();
        browser.byId("find:reason").sendKeys("Klant belt: wil kunnen inloggen op het portaal");
        browser.byId("find:open").click();
        browser.waitForText("Klant " + number);
        assertTrue(browser.pageText().contains("nog geen inlogaccount"));
        browser.byId("login:username").sendKeys("Nieuwe Klant");
        browser.byId("login:create-login").click();
        browser.waitForText("3 tot 100 tekens");
        browser.byId("login:username").clear();
        browser.byId("login:username").sendKeys("nieuwe.klant");
        browser.byId("login:create-login").click();
        browser.waitForText("Het account is aangemaakt");
        assertTrue(browser.text("#desk-login").contains("Nog niet geactiveerd"));
        browser.screenshot("staff-desk-login-created");
        browser.logout();

        // Until the customer has chosen a password, no password signs in.
        HttpResponse<String> before = new PortalHttp(base)
                .postForm("/j_security_check", "j_username=nieuwe.klant&j_password=%21not-activated");
        assertTrue(before.headers().firstValue("Location").orElse("").contains("error=true"));

        Matcher link = Pattern.compile("https://localhost:\\d+(/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]{43})")
                .matcher(GreenMailUtil.getBody(mailTo("nieuwe.klant@example.nl"))
                        .replace("=\r\n", "")
                        .replace("=3D", "="));
        assertTrue(link.find());
        browser.open(link.group(1));
        assertEquals("nieuwe.klant", browser.text("#reset-username"));
        browser.byId("reset:newPassword").sendKeys("Mijn eigen lange wachtwoordzin");
        browser.byId("reset:repeatPassword").sendKeys("Mijn eigen lange wachtwoordzin");
        browser.byId("reset:save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("login.xhtml"));
        browser.login("nieuwe.klant", "Mijn eigen lange wachtwoordzin");
        assertEquals("/customer/", browser.currentPath());
    }

    /** The first mail to this address, waiting for it up to 30 seconds. */
    private static MimeMessage mailTo(String address) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            java.util.Optional<MimeMessage> found = java.util.Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(address))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
