package nl.provalue.privacy.application.mail;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the mail server answered the last time a page asked it, so that the log says so once
 * when it stops answering and once when it answers again, not on every page view in between.
 */
final class MailServerWatch {

    private final Logger log;
    private final AtomicBoolean away = new AtomicBoolean();

    MailServerWatch(Logger log) {
        this.log = log;
    }

    /** The mail server did not answer for this mailbox: a warning the first time, then only at FINE. */
    void didNotAnswer(String mailbox, String why) {
        if (away.compareAndSet(false, true)) {
            log.log(
                    Level.WARNING,
                    "The mail server did not answer for " + mailbox + " (" + why
                            + "); pages show the last figures it gave until it answers again");
        } else {
            log.log(Level.FINE, "The mail server still does not answer: " + why);
        }
    }

    /** The mail server answered. */
    void answered() {
        if (away.compareAndSet(true, false)) {
            log.info("The mail server answers again");
        }
    }
}
