package nl.provalue.privacy.infrastructure.mailstore;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.provalue.privacy.domain.mail.Expunge;

/**
 * The only requests the portal sends to Dovecot's doveadm HTTP API, each built here and nowhere
 * else. P12 (secrecy of correspondence): they ask for metadata only (counts, sizes, uids, flags,
 * received dates) and search on flags and dates only, never on or for a header, a body or any
 * text of a message. {@link #METADATA_FIELDS} and {@link #SEARCH_KEYS} list everything they use.
 *
 * @param name doveadm's name of the command
 * @param parameters its parameters
 */
public record DoveadmCommand(String name, JsonObject parameters) {

    /** The only fields any command asks for: all of them metadata. */
    public static final Set<String> METADATA_FIELDS = Set.of("messages", "vsize", "uid", "date.received.unixtime");

    /** The only search keys any query uses: a mailbox name, flags, a received date and uids. */
    public static final Set<String> SEARCH_KEYS = Set.of("mailbox", "all", "seen", "before", "uid");

    static final String INBOX = "INBOX";

    /** Number of messages and their size in the INBOX. */
    public static DoveadmCommand inboxStatus(String user) {
        return new DoveadmCommand(
                "mailboxStatus",
                Json.createObjectBuilder()
                        .add("user", user)
                        .add("mailboxMask", Json.createArrayBuilder().add(INBOX))
                        .add("field", Json.createArrayBuilder().add("messages").add("vsize"))
                        .build());
    }

    /** The received date of every message in the INBOX, to find the oldest. */
    public static DoveadmCommand receivedDates(String user) {
        return new DoveadmCommand(
                "fetch",
                Json.createObjectBuilder()
                        .add("user", user)
                        .add(
                                "query",
                                Json.createArrayBuilder()
                                        .add("mailbox")
                                        .add(INBOX)
                                        .add("all"))
                        .add("field", Json.createArrayBuilder().add("date.received.unixtime"))
                        .build());
    }

    /** P5, P8: the uids of the messages the setting removes (never called for "keep until deleted"). */
    public static DoveadmCommand searchDue(String user, Expunge expunge) {
        JsonArrayBuilder query = Json.createArrayBuilder().add("mailbox").add(INBOX);
        switch (expunge.kind()) {
            case RECEIVED_BEFORE -> query.add("before").add(expunge.days() + "d");
            case FETCHED -> query.add("seen");
            case EVERYTHING -> query.add("all");
            case NOTHING -> throw new IllegalArgumentException("Nothing to search for");
        }
        return new DoveadmCommand(
                "search",
                Json.createObjectBuilder().add("user", user).add("query", query).build());
    }

    /** P5: removes exactly the messages found, by uid. */
    public static DoveadmCommand expungeUids(String user, SortedSet<Long> uids) {
        if (uids.isEmpty()) {
            throw new IllegalArgumentException("No uids");
        }
        return new DoveadmCommand(
                "expunge",
                Json.createObjectBuilder()
                        .add("user", user)
                        .add(
                                "query",
                                Json.createArrayBuilder()
                                        .add("mailbox")
                                        .add(INBOX)
                                        .add("uid")
                                        .add(uidSet(uids)))
                        .build());
    }

    /** Uids as an IMAP sequence set with ranges: 1:3,7,9:10. */
    static String uidSet(SortedSet<Long> uids) {
        StringBuilder set = new StringBuilder();
        Long start = null;
        Long previous = null;
        for (long uid : uids) {
            if (previous != null && uid == previous + 1) {
                previous = uid;
                continue;
            }
            append(set, start, previous);
            start = uid;
            previous = uid;
        }
        append(set, start, previous);
        return set.toString();
    }

    private static void append(StringBuilder set, Long start, Long end) {
        if (start == null) {
            return;
        }
        if (set.length() > 0) {
            set.append(',');
        }
        set.append(start);
        if (!end.equals(start)) {
            set.append(':').append(end);
        }
    }

    /** Commands in one request, tagged by position: [[name, parameters, "c0"], …]. */
    public static JsonArray request(List<DoveadmCommand> commands) {
        JsonArrayBuilder body = Json.createArrayBuilder();
        for (int i = 0; i < commands.size(); i++) {
            DoveadmCommand c = commands.get(i);
            body.add(Json.createArrayBuilder().add(c.name()).add(c.parameters()).add("c" + i));
        }
        return body.build();
    }

    /** Every uid of a search answer. */
    static SortedSet<Long> uids(jakarta.json.JsonArray found) {
        SortedSet<Long> uids = new TreeSet<>();
        for (jakarta.json.JsonValue row : found) {
            uids.add(Long.parseLong(row.asJsonObject().getString("uid")));
        }
        return uids;
    }
}
