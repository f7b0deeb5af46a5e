package nl.provalue.privacy.infrastructure.importing.follow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one poll of the followed log reads, decided from where the follower stood and what the
 * directory holds now; no file is touched here. The followed path may hold the same file grown,
 * the same file truncated (copytruncate: read again from 0), a new file (rotation by rename: the
 * old file, found by its identity, is read to its end first), or nothing (renamed, not yet
 * replaced: the old file is read where it went). A file renamed away is kept as the previous file
 * and read on every poll while it is there, because a mail server writes to it until it reopens
 * its log.
 */
public final class FollowPlan {

    /** A file as found: where, its identity and size. */
    public record Seen(String path, String key, long size) {}

    /** Where the follower stood: the current and the previous file, and up to where each was handed over. */
    public record State(String fileKey, long offset, String previousKey, long previousOffset) {
        public static final State NONE = new State(null, 0, null, 0);
    }

    /** The files a poll reads, in this order. */
    public enum Role {
        /** The previous file of an earlier rotation, read one last time. */
        EARLIER,
        PREVIOUS,
        CURRENT
    }

    /** Read the file {@code key} (at {@code path}) from {@code from} up to {@code size}, complete lines only. */
    public record Read(Role role, String path, String key, long from, long size) {}

    /** What happened to the followed path since the last poll. */
    public enum Event {
        FIRST,
        GREW,
        TRUNCATED,
        ROTATED,
        ROTATED_OLD_FILE_GONE,
        MISSING
    }

    private final List<Read> reads;
    private final String currentKey;
    private final long currentOffset;
    private final String previousKey;
    private final long previousOffset;
    private final Event event;

    private FollowPlan(
            List<Read> reads,
            String currentKey,
            long currentOffset,
            String previousKey,
            long previousOffset,
            Event event) {
        this.reads = List.copyOf(reads);
        this.currentKey = currentKey;
        this.currentOffset = currentOffset;
        this.previousKey = previousKey;
        this.previousOffset = previousOffset;
        this.event = event;
    }

    /**
     * @param current what the followed path holds now, if anything
     * @param byKey   finds a file of the followed directory by its identity
     */
    public static FollowPlan of(State s, Optional<Seen> current, Function<String, Optional<Seen>> byKey) {
        List<Read> reads = new ArrayList<>();
        Optional<Seen> previous = s.previousKey() == null
                ? Optional.empty()
                : byKey.apply(s.previousKey())
                        // A previous file smaller than what was read of it is not that file any more.
                        .filter(p -> p.size() >= s.previousOffset());
        if (current.isEmpty() || current.get().key().equals(s.fileKey())) {
            Optional<Seen> file =
                    current.isPresent() ? current : s.fileKey() == null ? Optional.empty() : byKey.apply(s.fileKey());
            previous.ifPresent(
                    p -> reads.add(new Read(Role.PREVIOUS, p.path(), p.key(), s.previousOffset(), p.size())));
            Event event = current.isEmpty() ? Event.MISSING : Event.GREW;
            long from = s.offset();
            if (file.isPresent()) {
                if (file.get().size() < s.offset()) {
                    // copytruncate: the file was emptied and written again from the start.
                    from = 0;
                    event = current.isEmpty() ? Event.MISSING : Event.TRUNCATED;
                }
                reads.add(new Read(
                        Role.CURRENT,
                        file.get().path(),
                        file.get().key(),
                        from,
                        file.get().size()));
            }
            return new FollowPlan(
                    reads, s.fileKey(), from, previous.map(Seen::key).orElse(null), s.previousOffset(), event);
        }
        Seen now = current.get();
        if (s.fileKey() == null) {
            return new FollowPlan(
                    List.of(new Read(Role.CURRENT, now.path(), now.key(), 0, now.size())),
                    now.key(),
                    0,
                    null,
                    0,
                    Event.FIRST);
        }
        previous.ifPresent(p -> reads.add(new Read(Role.EARLIER, p.path(), p.key(), s.previousOffset(), p.size())));
        Optional<Seen> old = byKey.apply(s.fileKey()).filter(o -> o.size() >= s.offset());
        old.ifPresent(o -> reads.add(new Read(Role.PREVIOUS, o.path(), o.key(), s.offset(), o.size())));
        reads.add(new Read(Role.CURRENT, now.path(), now.key(), 0, now.size()));
        return new FollowPlan(
                reads,
                now.key(),
                0,
                old.map(Seen::key).orElse(null),
                s.offset(),
                old.isPresent() ? Event.ROTATED : Event.ROTATED_OLD_FILE_GONE);
    }

    public List<Read> reads() {
        return reads;
    }

    public Event event() {
        return event;
    }

    /** Where the follower stands once the reads handed over up to {@code ends} (by role). */
    public State after(Map<Role, Long> ends) {
        return new State(
                currentKey,
                ends.getOrDefault(Role.CURRENT, currentOffset),
                previousKey,
                previousKey == null ? 0 : ends.getOrDefault(Role.PREVIOUS, previousOffset));
    }
}
