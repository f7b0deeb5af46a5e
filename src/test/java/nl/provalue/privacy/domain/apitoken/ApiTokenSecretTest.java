package nl.provalue.privacy.domain.apitoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTest {

    @Test
    void aNewKeyHas256RandomBitsAndItsOwnForm() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = ApiTokenSecret.generate().reveal();
            assertTrue(key.matches("pvt_[A-Za-z0-9_-]{43}"), key);
            assertTrue(seen.add(key), "no key twice");
        }
    }

    @Test
    void onlyTheHashIsStoredAndItIsTheSha256OfTheKey() {
        ApiTokenSecret key = ApiTokenSecret.parse("pvt_" + "A".repeat(43)).orElseThrow();
        // sha256("pvt_AAAA…") computed independently: echo -n pvt_AAA…A | sha256sum
        assertEquals("4ceb008843061fa6443fc3b305d2abacbe18b48bc751a16b005693c7ff10fef7", key.hash());
        assertEquals(
                key.hash(),
                ApiTokenSecret.parse("pvt_" + "A".repeat(43)).orElseThrow().hash());
        assertNotEquals(
                key.hash(),
                ApiTokenSecret.parse("pvt_" + "A".repeat(42) + "B")
                        .orElseThrow()
                        .hash());
        assertFalse(key.toString().contains("AAAA"), "the key never shows up in a log line");
    }

    @Test
    void whatIsNotAKeyIsNotTrimmedOrGuessed() {
        String good = ApiTokenSecret.generate().reveal();
        assertTrue(ApiTokenSecret.parse(good).isPresent());
        for (String bad : new String[] {
            null,
            "",
            good + " ",
            " " + good,
            good + "x",
            good.substring(1),
            "PVT_" + good.substring(4),
            good.substring(0, 10) + "=" + good.substring(11),
            "pvt_" + "A".repeat(4000)
        }) {
            assertTrue(ApiTokenSecret.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void aKeyInAnAddressIsNoticed() {
        assertTrue(ApiTokenSecret.appearsInQuery("site=x&key=pvt_abc"));
        assertTrue(ApiTokenSecret.appearsInQuery("access_token=abc"));
        assertTrue(ApiTokenSecret.appearsInQuery("name=a.log&access_token"));
        assertFalse(ApiTokenSecret.appearsInQuery("site=www.example.nl&wait=60"));
        assertFalse(ApiTokenSecret.appearsInQuery("my_access_token=1&access_tokens=2"));
        assertFalse(ApiTokenSecret.appearsInQuery(null));
    }
}
