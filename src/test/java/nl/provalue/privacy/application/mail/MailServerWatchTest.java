package nl.provalue.privacy.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A mail server that stops answering is logged once, not on every page view, and once when it is back. */
class MailServerWatchTest {

    @Test
    void aMailServerAwayIsWarnedOnceAndItsReturnNotedOnce() {
        Logger log = Logger.getAnonymousLogger();
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        List<String> lines = new ArrayList<>();
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(r.getLevel() + " " + r.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        MailServerWatch watch = new MailServerWatch(log);

        watch.answered();
        for (int i = 0; i < 1000; i++) {
            watch.didNotAnswer("info@example.nl", "connection refused");
        }
        watch.answered();
        watch.answered();
        watch.didNotAnswer("info@example.nl", "timed out");

        List<String> shown = lines.stream().filter(l -> !l.startsWith("FINE")).toList();
        assertEquals(
                List.of(
                        "WARNING The mail server did not answer for info@example.nl (connection refused); pages show the last figures it gave until it answers again",
                        "INFO The mail server answers again",
                        "WARNING The mail server did not answer for info@example.nl (timed out); pages show the last figures it gave until it answers again"),
                shown);
        assertEquals(1002, lines.size(), "the rest at FINE");
    }
}
