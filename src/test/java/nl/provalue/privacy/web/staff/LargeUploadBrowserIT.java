package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * P11: orders between 16 and 25 MB (above MariaDB's default packet limit) are attached and come
 * back whole; a larger file is refused by the page before it is sent, with a message.
 */
class LargeUploadBrowserIT extends BrowserTestBase {

    private static final int MB = 1024 * 1024;

    @Test
    void p11_anOrderOfTwentyMegabytesIsAttachedAndALargerOneRefusedBeforeSending() throws Exception {
        long requestId = Db.scalar("SELECT id FROM disclosure_request WHERE register_number = 'REG-2026-0011'");
        Path order = file("vordering-groot", 20 * MB);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(order)));

        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.open("/staff/register-request.xhtml?id=" + requestId);
        assertTrue(browser.pageText().contains("ten hoogste 25 MB per bestand"));
        browser.driver()
                .findElement(By.cssSelector("[id='upload'] input[type=file]"))
                .sendKeys(order.toString());
        browser.byId("upload:attach").click();
        browser.waitForText("SHA-256 " + sha);
        assertTrue(browser.text("[id='req:attachments']").contains(sha));

        PortalHttp staff = new PortalHttp(base).login("ruud.smit", "Welkom-Ruud-2026");
        long attachmentId = Db.scalar(
                "SELECT max(id) FROM disclosure_attachment WHERE request_id = ? AND sha256 = ?", requestId, sha);
        var download = staff.stream("/staff/attachment?id=" + attachmentId);
        assertEquals(200, download.statusCode());
        byte[] body;
        try (var in = download.body()) {
            body = in.readAllBytes();
        }
        assertEquals(20 * MB, body.length);
        assertEquals(
                sha,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));

        long before = Db.scalar("SELECT count(*) FROM disclosure_attachment WHERE request_id = ?", requestId);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        Path tooLarge = file("vordering-te-groot", 26 * MB);
        browser.driver()
                .findElement(By.cssSelector("[id='upload'] input[type=file]"))
                .sendKeys(tooLarge.toString());
        WebElement message = browser.find("#too-large");
        assertTrue(message.getText().contains("groter dan 25 MB"), message.getText());
        browser.byId("upload:attach").click();
        assertTrue(browser.find("#too-large").isDisplayed(), "the page says so and stays");
        browser.screenshot("staff-register-attachment-too-large-phone");
        assertEquals(before, Db.scalar("SELECT count(*) FROM disclosure_attachment WHERE request_id = ?", requestId));
        assertTrue(browser.currentPath().startsWith("/staff/register-request.xhtml"), browser.currentPath());
    }

    private static Path file(String name, int size) throws IOException {
        Path path = Files.createTempFile(name, ".pdf");
        path.toFile().deleteOnExit();
        byte[] block = new byte[MB];
        Random random = new Random(size);
        try (OutputStream out = Files.newOutputStream(path)) {
            for (int written = 0; written < size; written += MB) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        return path;
    }
}
