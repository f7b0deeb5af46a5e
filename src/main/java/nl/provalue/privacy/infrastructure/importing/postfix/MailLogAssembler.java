package nl.provalue.privacy.infrastructure.importing.postfix;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Accepted;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Delivery;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Removed;

/**
 * Joins parsed Postfix lines by queue id into {@link MailDelivery} records.
 *
 * <p>The queue manager's {@code from=} line ({@link Accepted}) opens a message; every delivery
 * line ({@link Delivery}) for that queue id then yields one {@link MailDelivery}, so a message with
 * three recipients yields three, and a deferred attempt followed by a successful one yields two.
 * The {@code removed} line ({@link Removed}) closes the message. A delivery whose message was never
 * seen opening (for example because the log starts halfway) yields nothing and is counted.
 *
 * <p>The number of open messages is bounded: when the bound is exceeded, the message that was
 * opened longest ago is dropped and counted as evicted. When the queue manager logs {@code from=}
 * again for a message it already holds (it does so each time a deferred message returns to the
 * active queue), the message counts as opened anew.
 *
 * <p>Not thread-safe: feed it the lines of one log in order, from one thread.
 */
public final class MailLogAssembler {

    /** The default bound on open messages. */
    public static final int DEFAULT_MAX_OPEN_MESSAGES = 200_000;

    private final int maxOpenMessages;
    private final LinkedHashMap<String, Accepted> open = new LinkedHashMap<>();
    private long deliveriesWithoutSender;
    private long evicted;

    /** An assembler that keeps at most {@value #DEFAULT_MAX_OPEN_MESSAGES} open messages. */
    public MailLogAssembler() {
        this(DEFAULT_MAX_OPEN_MESSAGES);
    }

    /**
     * @param maxOpenMessages how many open messages to keep at most; at least 1
     */
    public MailLogAssembler(int maxOpenMessages) {
        if (maxOpenMessages < 1) {
            throw new IllegalArgumentException("maxOpenMessages must be at least 1: " + maxOpenMessages);
        }
        this.maxOpenMessages = maxOpenMessages;
    }

    /**
     * Takes the next line of the log.
     *
     * @param line a parsed line; {@link PostfixLine.Ignored} and {@link PostfixLine.Unparseable}
     *             lines change nothing
     * @return the delivery the line completes, if any
     */
    public Optional<MailDelivery> accept(PostfixLine line) {
        Objects.requireNonNull(line, "line");
        if (line instanceof Delivery delivery) {
            Accepted accepted = open.get(delivery.queueId());
            if (accepted == null) {
                deliveriesWithoutSender++;
                return Optional.empty();
            }
            return Optional.of(new MailDelivery(
                    delivery.queueId(),
                    accepted.sender(),
                    delivery.recipient(),
                    accepted.sizeBytes(),
                    delivery.at(),
                    delivery.status()));
        }
        if (line instanceof Accepted accepted) {
            open.remove(accepted.queueId()); // so that a repeated from= line moves it to the back
            open.put(accepted.queueId(), accepted);
            if (open.size() > maxOpenMessages) {
                Iterator<String> oldest = open.keySet().iterator();
                oldest.next();
                oldest.remove();
                evicted++;
            }
        } else if (line instanceof Removed removed) {
            open.remove(removed.queueId());
        }
        return Optional.empty();
    }

    /** How many messages are open: accepted and not yet removed or evicted. */
    public int openMessages() {
        return open.size();
    }

    /** How many delivery lines came for a queue id that was not open. */
    public long deliveriesWithoutSender() {
        return deliveriesWithoutSender;
    }

    /** How many open messages were dropped to keep within the bound. */
    public long evicted() {
        return evicted;
    }

    /** The bound on open messages. */
    public int maxOpenMessages() {
        return maxOpenMessages;
    }
}
