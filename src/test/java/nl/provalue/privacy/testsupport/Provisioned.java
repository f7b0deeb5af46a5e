package nl.provalue.privacy.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import nl.provalue.privacy.domain.apitoken.ApiTokenSecret;

/** The provider's customer system as the tests play it: keys, customer numbers, states and calls. */
public final class Provisioned {

    private Provisioned() {}

    public record Key(String name, String secret) {}

    public static Key key(String scopes) {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        String name = "klantsysteem-" + System.nanoTime() % 1_000_000;
        Db.update(
                "INSERT INTO api_token (name, token_hash, scopes, created_at, created_by_id, expires_at)"
                        + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), (SELECT min(id) FROM staff_member), DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 30 DAY))",
                name,
                secret.hash(),
                scopes);
        return new Key(name, secret.reveal());
    }

    public static String newNumber() {
        while (true) {
            String number = "PV9" + (10_000 + ThreadLocalRandom.current().nextInt(90_000));
            if (Db.scalar("SELECT count(*) FROM customer WHERE customer_number = ?", number) == 0) {
                return number;
            }
        }
    }

    public static HttpResponse<String> call(
            java.net.URL base, Key key, String method, String path, String body, String... headers) {
        PortalHttp http = new PortalHttp(base);
        HttpRequest.Builder r = HttpRequest.newBuilder(http.uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key.secret());
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(r);
    }

    public static String contact(String name, String street, String email) {
        return "{\"fullName\":\"" + name + "\",\"street\":\"" + street
                + "\",\"postalCode\":\"3511 AB\",\"city\":\"Utrecht\","
                + "\"country\":\"NL\",\"phone\":\"+31 30 123 4567\",\"email\":\"" + email + "\"}";
    }

    /** A state: the customer, one domain with a holder, mailboxes and one website, named after the number. */
    public static String state(
            String number, String holderEmail, String protocols, String plan, boolean secondMailbox) {
        String n = number.toLowerCase();
        String holder = contact("Sanne de Boer", "Domstraat 8", holderEmail)
                .replaceFirst("\\{", "{\"holderKind\":\"NATURAL_PERSON\",");
        return "{\"contact\":" + contact("Sanne de Boer", "Domstraat 8", "sanne@" + n + ".nl") + ",\"language\":\"nl\","
                + "\"domains\":[{\"name\":\"" + n
                + ".nl\",\"registeredOn\":\"2021-05-01\",\"expiresOn\":\"2027-05-01\","
                + "\"contacts\":{\"registrant\":" + holder + "}}],"
                + "\"mailboxes\":[{\"address\":\"sanne@" + n + ".nl\",\"protocols\":[" + protocols + "]}"
                + (secondMailbox ? ",{\"address\":\"info@" + n + ".nl\",\"protocols\":[\"IMAP\"]}" : "") + "],"
                + "\"websites\":[{\"hostname\":\"www." + n + ".nl\",\"plan\":\"" + plan
                + "\",\"trafficLimitBytes\":10737418240}]}";
    }

    public static void assertProblem(int status, String field, HttpResponse<String> r, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        if (field != null) {
            assertTrue(r.body().contains("\"field\":\"" + field + "\""), what + ": " + r.body());
        }
        assertFalse(r.body().contains("Exception") || r.body().contains("SQL"), what + ": " + r.body());
    }

    public static long changes(String number) {
        return Db.scalar(
                "SELECT count(*) FROM contact_change WHERE customer_id = (SELECT id FROM customer WHERE customer_number = ?)",
                number);
    }
}
