package nl.provalue.privacy.infrastructure.importing.postfix;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a mail log, as understood by {@link PostfixLogParser}.
 *
 * <p>Only three kinds of Postfix line matter for the mail log: the queue manager accepting a
 * message ({@link Accepted}), a delivery agent reporting on one recipient ({@link Delivery}) and
 * the queue manager removing a message ({@link Removed}). Every other well-formed syslog line is
 * {@link Ignored}; anything that cannot be read at all is {@link Unparseable}.
 */
public sealed interface PostfixLine
        permits PostfixLine.Accepted,
                PostfixLine.Delivery,
                PostfixLine.Removed,
                PostfixLine.Ignored,
                PostfixLine.Unparseable {

    /**
     * A {@code postfix/qmgr} line {@code QUEUEID: from=<sender>, size=1234, nrcpt=2 (queue active)}.
     *
     * @param at        when the line was logged
     * @param queueId   the Postfix queue id
     * @param sender    the envelope sender, lower case; {@code "<>"} for the null sender of bounces
     * @param sizeBytes the message size Postfix reported
     */
    record Accepted(Instant at, String queueId, String sender, long sizeBytes) implements PostfixLine {
        public Accepted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(queueId, "queueId");
            Objects.requireNonNull(sender, "sender");
        }
    }

    /**
     * A delivery agent line {@code QUEUEID: to=<recipient>, ..., status=sent (...)}.
     *
     * @param at        when the line was logged
     * @param queueId   the Postfix queue id
     * @param recipient the final recipient ({@code to=}, not {@code orig_to=}), lower case
     * @param status    the lower-case word after {@code status=}: sent, deferred, bounced, expired, ...
     */
    record Delivery(Instant at, String queueId, String recipient, String status) implements PostfixLine {
        public Delivery {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(queueId, "queueId");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * A queue manager line {@code QUEUEID: removed}: the message has left the queue.
     *
     * @param at      when the line was logged
     * @param queueId the Postfix queue id
     */
    record Removed(Instant at, String queueId) implements PostfixLine {
        public Removed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(queueId, "queueId");
        }
    }

    /**
     * A well-formed syslog line that carries nothing for the mail log: another program, or a
     * Postfix line such as a connect, a warning or a reject.
     *
     * @param reason a short, fixed description suitable for counting
     */
    record Ignored(String reason) implements PostfixLine {
        public Ignored {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A line that could not be read: garbage, a truncated line, a bad timestamp or a Postfix line
     * that lacks a field it must have.
     *
     * @param reason a short, fixed description suitable for counting
     */
    record Unparseable(String reason) implements PostfixLine {
        public Unparseable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
