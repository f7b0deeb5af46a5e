package nl.provalue.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import nl.provalue.privacy.testsupport.Browser;
import nl.provalue.privacy.testsupport.PortalCluster;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.StaffScreens;

/**
 * Two servers behind a load balancer that sends every request to the next server in turn: a
 * customer and a staff member work on while the server that drew their page is killed, without
 * signing in again, without losing what they typed or the customer they opened, and without an
 * error page (liberty/cluster/cluster.xml: sessions kept in the database).
 */
class ClusterIT {

    private static final PortalCluster CLUSTER = new PortalCluster("portal_cluster_it");

    @BeforeAll
    static void start() {
        CLUSTER.start();
    }

    @AfterAll
    static void stop() {
        CLUSTER.close();
    }

    @Test
    void noOneSignsInAgainWhenAServerGoes() throws IOException {
        PortalCluster.Server first = CLUSTER.servers().get(0);
        PortalCluster.Server second = CLUSTER.servers().get(1);
        try (Browser customer = new Browser(CLUSTER.url())) {
            customer.login("jan.jansen", "Welkom-Jan-2026");
            // Every page and every click goes to the other server than the one before.
            customer.find("#nav-my-data").click();
            assertEquals("Jan Jansen", customer.byId("contact:fullName").getAttribute("value"));
            customer.open("/customer/my-data.xhtml");
            retype(customer, "city", "Leiden");
            retype(customer, "postalCode", "2311 AA");
            customer.screenshot("cluster-customer-typing");

            // The form was drawn by one of the two; both are up, and now the first goes.
            CLUSTER.kill(first);
            customer.byId("contact:save").click();
            customer.waitForText("Uw contactgegevens zijn bijgewerkt (2 veld(en) gewijzigd).");
            customer.open("/customer/my-data.xhtml");
            assertEquals("Leiden", customer.byId("contact:city").getAttribute("value"));
            customer.driver().manage().window().setSize(new Dimension(360, 740));
            customer.screenshot("phone-cluster-customer-after-failover");

            // The export, with the same session, now served by the server that is left.
            PortalHttp download = new PortalHttp(CLUSTER.url());
            Cookie session = customer.driver().manage().getCookieNamed("JSESSIONID");
            download.setCookie("JSESSIONID", session.getValue());
            String export = everythingIn(download.stream("/api/me/export"));
            assertTrue(export.contains("Leiden") && export.contains("2311 AA"), "the export holds the correction");
        }

        CLUSTER.start(first);
        try (Browser staff = new Browser(CLUSTER.url())) {
            staff.login("ruud.smit", "Welkom-Ruud-2026");
            StaffScreens.openPieter(staff, "Klantvraag over de cluster-test");
            staff.screenshot("cluster-staff-customer-open");
            // The opening lives in the session; the server that recorded it goes.
            CLUSTER.kill(second);
            staff.driver().navigate().refresh();
            staff.waitForText("Klant PV100912");
            staff.waitForText("Pieter Bakker");
            String number = StaffScreens.registerRequest(staff, new StaffScreens.NewRequest("SUBSCRIBER_DATA",
                    "SV_SUBSCRIBER_DATA", "Politie Eenheid Den Haag", "PV100912", "Naam en adres van de klant", null));
            assertTrue(number.startsWith("REG-"), number);
            staff.driver().manage().window().setSize(new Dimension(360, 740));
            staff.screenshot("phone-cluster-staff-registered");

            HttpResponse<String> verify = new PortalHttp(CLUSTER.url()).login("ruud.smit", "Welkom-Ruud-2026")
                    .get("/api/staff/register/verify");
            assertEquals(200, verify.statusCode(), verify.body());
            assertTrue(verify.body().contains("\"intact\":true"), verify.body());
        }
        CLUSTER.start(second);

        Map<String, Long> served = CLUSTER.requestsPerServer();
        assertTrue(served.get("portal1") > 10 && served.get("portal2") > 10, "both servers answered: " + served);
        assertEquals(0L, CLUSTER.serverErrors(), "no 5xx from the servers");
        for (PortalCluster.Server server : CLUSTER.servers()) {
            String log = CLUSTER.log(server);
            // A session one server wrote that another could not read back, or could not write.
            for (String failure : new String[] {"SESN0051E", "NotSerializableException", "ClassNotFoundException"}) {
                assertFalse(log.contains(failure), server.name() + " logged " + failure);
            }
        }
    }

    private static void retype(Browser browser, String field, String text) {
        WebElement input = browser.byId("contact:" + field);
        input.clear();
        input.sendKeys(text);
    }

    private static String everythingIn(HttpResponse<InputStream> zip) throws IOException {
        assertEquals(200, zip.statusCode());
        try (ZipInputStream in = new ZipInputStream(zip.body())) {
            ZipEntry e;
            StringBuilder found = new StringBuilder();
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                found.append(bytes.toString(StandardCharsets.UTF_8));
            }
            return found.toString();
        }
    }
}
