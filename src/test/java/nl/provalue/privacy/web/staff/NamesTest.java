package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the portal stores as "who" for its own work is put in words; a person's user name is looked up. */
class NamesTest {

    @Test
    void thePortalsOwnWorkHasWords() {
        assertEquals("names.portal", Names.automatic("system"));
        assertEquals("names.retention", Names.automatic("retention portal-7f3a"));
    }

    @Test
    void aUserNameIsAPerson() {
        assertNull(Names.automatic("lotte.mulder"));
        assertNull(Names.automatic("systemen"));
    }
}
