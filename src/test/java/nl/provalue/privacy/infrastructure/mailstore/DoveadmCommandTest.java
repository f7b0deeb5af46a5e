package nl.provalue.privacy.infrastructure.mailstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.provalue.privacy.domain.mail.Expunge;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.mail.MailStore;
import org.junit.jupiter.api.Test;

/**
 * P12, secrecy of correspondence: every request the connector can build asks for metadata only.
 * The factory methods are found by reflection, so a new one is checked without being listed here.
 */
class DoveadmCommandTest {

    /** Names that would reach into a message: its headers, body or any text. */
    private static final List<String> FORBIDDEN = List.of(
            "hdr",
            "header",
            "body",
            "text",
            "subject",
            "from",
            "to",
            "cc",
            "bcc",
            "envelope",
            "imap.",
            "snippet",
            "pop3.",
            "mime",
            "binary");

    private static List<DoveadmCommand> everyCommand() throws Exception {
        List<DoveadmCommand> all = new ArrayList<>();
        for (Method m : DoveadmCommand.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != DoveadmCommand.class) {
                continue;
            }
            for (Object[] args : argumentsFor(m)) {
                all.add((DoveadmCommand) m.invoke(null, args));
            }
        }
        return all;
    }

    private static List<Object[]> argumentsFor(Method m) {
        List<Object[]> sets = new ArrayList<>();
        Class<?>[] types = m.getParameterTypes();
        if (types.length == 1 && types[0] == String.class) {
            sets.add(new Object[] {"jan@example.nl"});
        } else if (types.length == 2 && types[1] == Expunge.class) {
            for (MailRetentionMode mode : MailRetentionMode.values()) {
                Expunge e = Expunge.forSetting(mode, mode == MailRetentionMode.KEEP_COPY_DAYS ? 30 : null);
                if (e.removesAnything()) {
                    sets.add(new Object[] {"jan@example.nl", e});
                }
            }
        } else if (types.length == 2 && types[1] == SortedSet.class) {
            sets.add(new Object[] {"jan@example.nl", new TreeSet<>(Set.of(1L, 2L, 3L, 9L))});
        } else {
            throw new AssertionError(
                    "No arguments known for " + m + ": teach this test, and check it asks for metadata only");
        }
        return sets;
    }

    @Test
    void p12_everyRequestAsksForMetadataOnly() throws Exception {
        List<DoveadmCommand> commands = everyCommand();
        assertTrue(commands.size() >= 5, "found " + commands.size());
        for (DoveadmCommand c : commands) {
            assertTrue(Set.of("mailboxStatus", "fetch", "search", "expunge").contains(c.name()), c.name());
            JsonObject p = c.parameters();
            assertTrue(Set.of("user", "mailboxMask", "field", "query").containsAll(p.keySet()), p.toString());
            if (p.containsKey("field")) {
                for (JsonValue field : p.getJsonArray("field")) {
                    String name = ((JsonString) field).getString();
                    assertTrue(DoveadmCommand.METADATA_FIELDS.contains(name), c.name() + " asks for " + name);
                }
            }
            if (p.containsKey("query")) {
                JsonArray query = p.getJsonArray("query");
                for (int i = 0; i < query.size(); i++) {
                    String token = query.getString(i);
                    boolean isKey = DoveadmCommand.SEARCH_KEYS.contains(token);
                    boolean isValue =
                            i > 0 && Set.of("mailbox", "before", "uid").contains(query.getString(i - 1));
                    assertTrue(isKey || isValue, c.name() + " searches on " + token);
                }
            }
            String all = p.toString().toLowerCase(Locale.ROOT).replace("jan@example.nl", "");
            for (String word : FORBIDDEN) {
                assertFalse(
                        all.contains("\"" + word) || all.contains(word + "\""),
                        c.name() + " names " + word + ": " + all);
            }
        }
    }

    @Test
    void p5_theSearchesAreTheSettings() {
        assertEquals(
                "[\"mailbox\",\"INBOX\",\"before\",\"30d\"]",
                DoveadmCommand.searchDue("u", Expunge.forSetting(MailRetentionMode.KEEP_COPY_DAYS, 30))
                        .parameters()
                        .getJsonArray("query")
                        .toString());
        assertEquals(
                "[\"mailbox\",\"INBOX\",\"seen\"]",
                DoveadmCommand.searchDue("u", Expunge.forSetting(MailRetentionMode.DELETE_ON_FETCH, null))
                        .parameters()
                        .getJsonArray("query")
                        .toString());
        assertThrows(
                IllegalArgumentException.class,
                () -> DoveadmCommand.searchDue("u", Expunge.forSetting(MailRetentionMode.KEEP_UNTIL_DELETED, null)));
        // P8: the customer has left.
        assertEquals(
                "[\"mailbox\",\"INBOX\",\"all\"]",
                DoveadmCommand.searchDue("u", Expunge.everything())
                        .parameters()
                        .getJsonArray("query")
                        .toString());
    }

    @Test
    void uidsBecomeRanges() {
        assertEquals("1:3,7,9:10", DoveadmCommand.uidSet(new TreeSet<>(List.of(1L, 2L, 3L, 7L, 9L, 10L))));
        assertEquals("5", DoveadmCommand.uidSet(new TreeSet<>(List.of(5L))));
        assertThrows(IllegalArgumentException.class, () -> DoveadmCommand.expungeUids("u", new TreeSet<>()));
    }

    @Test
    void answersAreReadInOrder_anUnknownUserIsNamed_otherErrorsMeanTryLater() {
        List<JsonArray> answers = DoveadmMailStore.answers(
                "[[\"doveadmResponse\",[{\"mailbox\":\"INBOX\",\"messages\":\"3\","
                        + "\"vsize\":\"174\"}],\"c0\"],[\"doveadmResponse\",[],\"c1\"]]",
                2,
                "jan@example.nl");
        assertEquals("3", answers.get(0).getJsonObject(0).getString("messages"));
        assertTrue(answers.get(1).isEmpty());
        assertThrows(
                MailStore.UnknownMailbox.class,
                () -> DoveadmMailStore.answers(
                        "[[\"error\",{\"type\":\"exitCode\", \"exitCode\":67},\"c0\"]]", 1, "nobody@example.nl"));
        assertThrows(
                MailStore.MailStoreUnavailable.class,
                () -> DoveadmMailStore.answers(
                        "[[\"error\",{\"type\":\"exitCode\", \"exitCode\":75},\"c0\"]]", 1, "jan@example.nl"));
        assertThrows(
                MailStore.MailStoreUnavailable.class, () -> DoveadmMailStore.answers("<html>", 1, "jan@example.nl"));
        assertThrows(MailStore.MailStoreUnavailable.class, () -> DoveadmMailStore.answers("[]", 1, "jan@example.nl"));
    }
}
