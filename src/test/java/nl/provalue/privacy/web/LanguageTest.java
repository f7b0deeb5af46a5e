package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The language switch keeps the page's own query. */
class LanguageTest {

    @Test
    void theSwitchKeepsWhichSiteOrRequestThePageShows() {
        assertEquals("?site=12&lang=en", Language.switchQuery("site=12", "en"));
        assertEquals("?id=7&from=2026-12-01&lang=nl", Language.switchQuery("lang=en&id=7&from=2026-12-01", "nl"));
        assertEquals("?q=a%26b&lang=en", Language.switchQuery("q=a%26b&lang=nl&lang=nl", "en"));
        assertEquals("?lang=en", Language.switchQuery(null, "en"));
        assertEquals("?lang=en", Language.switchQuery("", "en"));
    }
}
