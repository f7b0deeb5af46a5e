package nl.provalue.privacy.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.domain.notification.OutgoingMailRepository;

/**
 * Sends the portal's own e-mail: password-reset and account-activation links, and the notice that an
 * account was locked after failed sign-ins.
 * <p>
 * {@link #send} does not talk to a mail server: it writes the mail to the outbox in the caller's
 * transaction, and the dispatcher sends it once that transaction has committed. So a mail goes out
 * only when the caller's work is done for good (no activation link for an account whose creation
 * was rolled back), and a slow or absent mail server never slows down or breaks a page. Sending is
 * retried for a few hours; without a configured mail server mails wait in the outbox.
 * <p>
 * Delivery is at least once: a server that stops between sending a mail and recording it sends it
 * again after its claim runs out (two minutes), so a link may arrive twice, never not at all.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    OutgoingMailRepository outbox;

    @Inject
    Clock clock;

    /**
     * Queues a plain-text mail within the caller's transaction (one is started when there is none).
     *
     * @param recipient one e-mail address, nothing else (no display name, no list)
     * @param subject   one line, at most {@value OutgoingMail#MAX_SUBJECT_LENGTH} characters
     * @param body      the text; erased from the outbox once the mail is sent
     * @throws IllegalArgumentException when recipient, subject or body are refused (see
     *         {@link OutgoingMail}); nothing has been written then, and the caller's transaction is
     *         not marked for rollback, so the caller decides what a refused mail means for its work
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = IllegalArgumentException.class)
    public void send(String recipient, String subject, String body) {
        outbox.add(new OutgoingMail(recipient, subject, body, clock.instant()));
    }
}
