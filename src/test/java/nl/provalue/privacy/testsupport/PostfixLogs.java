package nl.provalue.privacy.testsupport;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes Postfix logs the way a real mail server writes them to syslog (qmgr from= lines,
 * lmtp/smtp delivery lines, the smtpd and cleanup chatter around them, other daemons in
 * between), for tests and benchmarks of the importer.
 */
public final class PostfixLogs {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH);

    /** One message: accepted at {@code at}, delivered one second later to each recipient. */
    public record Message(
            String queueId, Instant at, String sender, long size, List<String> recipients, String status) {}

    /** Lines each message writes: connect, client, cleanup, from, one per recipient, removed, disconnect. */
    public static int linesPerMessage(Message m) {
        return 6 + m.recipients().size();
    }

    /** Of those, the lines with nothing to keep (connect, client, cleanup, disconnect). */
    public static final int IGNORED_PER_MESSAGE = 4;

    private PostfixLogs() {}

    /** A queue id as Postfix writes its short ones: upper-case hex. */
    public static String queueId(long n) {
        return String.format("%011X", 0x3C00000000L + n);
    }

    public static String stamp(Instant at) {
        return SYSLOG.format(ZonedDateTime.ofInstant(at, ZONE));
    }

    public static void append(StringBuilder out, Message m, long pid) {
        String t0 = stamp(m.at());
        String t1 = stamp(m.at().plusSeconds(1));
        String client = "mail-ed1-x52b.google.com[2a00:1450:4864:20::52b]";
        out.append(t0)
                .append(" mx1 postfix/smtpd[")
                .append(pid)
                .append("]: connect from ")
                .append(client)
                .append('\n');
        out.append(t0)
                .append(" mx1 postfix/smtpd[")
                .append(pid)
                .append("]: ")
                .append(m.queueId())
                .append(": client=")
                .append(client)
                .append('\n');
        out.append(t0)
                .append(" mx1 postfix/cleanup[")
                .append(pid + 1)
                .append("]: ")
                .append(m.queueId())
                .append(": message-id=<")
                .append(m.queueId().toLowerCase(Locale.ROOT))
                .append("@mail.gmail.com>\n");
        out.append(t0)
                .append(" mx1 postfix/qmgr[1187]: ")
                .append(m.queueId())
                .append(": from=<")
                .append(m.sender())
                .append(">, size=")
                .append(m.size())
                .append(", nrcpt=")
                .append(m.recipients().size())
                .append(" (queue active)\n");
        for (String to : m.recipients()) {
            boolean local = to.endsWith(".nl");
            out.append(t1)
                    .append(local ? " mx1 postfix/lmtp[" : " mx1 postfix/smtp[")
                    .append(pid + 2)
                    .append("]: ")
                    .append(m.queueId())
                    .append(": to=<")
                    .append(to)
                    .append(">, relay=")
                    .append(
                            local
                                    ? "mail.provalue.nl[private/dovecot-lmtp]"
                                    : "gmail-smtp-in.l.google.com[2a00:1450:400c:c0b::1a]:25")
                    .append(", delay=0.42, delays=0.08/0.01/0.1/0.23, dsn=")
                    .append("sent".equals(m.status()) ? "2.0.0" : "deferred".equals(m.status()) ? "4.4.1" : "5.1.1")
                    .append(", status=")
                    .append(m.status())
                    .append(
                            "sent".equals(m.status())
                                    ? " (250 2.0.0 Ok: queued)"
                                    : " (host said: 550 5.1.1 User unknown)")
                    .append('\n');
        }
        out.append(t1).append(" mx1 postfix/qmgr[1187]: ").append(m.queueId()).append(": removed\n");
        out.append(t1)
                .append(" mx1 postfix/smtpd[")
                .append(pid)
                .append("]: disconnect from ")
                .append(client)
                .append(" ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7\n");
    }

    public static String render(List<Message> messages) {
        StringBuilder out = new StringBuilder();
        long pid = 21000;
        for (Message m : messages) {
            append(out, m, pid);
            pid += 3;
        }
        return out.toString();
    }
}
