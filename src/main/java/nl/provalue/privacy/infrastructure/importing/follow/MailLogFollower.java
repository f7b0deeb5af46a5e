package nl.provalue.privacy.infrastructure.importing.follow;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.provalue.privacy.application.importing.ImportRecords;
import nl.provalue.privacy.application.importing.ImportReport;
import nl.provalue.privacy.application.importing.ImportSettings;
import nl.provalue.privacy.application.importing.LogFileStore;
import nl.provalue.privacy.application.importing.MailLogFollowing;
import nl.provalue.privacy.domain.importing.FollowedLogFile;
import nl.provalue.privacy.domain.importing.FollowedLogFileRepository;
import nl.provalue.privacy.domain.importing.ImportStatus;
import nl.provalue.privacy.infrastructure.importing.follow.FollowPlan.Read;
import nl.provalue.privacy.infrastructure.importing.follow.FollowPlan.Role;

/**
 * P4: hands the new complete lines of the followed Postfix log ({@code PORTAL_MAIL_LOG_FILE}) to
 * ordinary Postfix imports, so the screen, reports, checkpoints, recovery and the deletion of raw
 * files all apply to them. Each poll is one transaction that holds the followed file's record
 * locked (one server at a time), stores the new lines, records their import and moves the position
 * on: either all of it commits or none, so no line is handed over twice or never. Every piece
 * starts with up to a megabyte of the lines before it, read again only so that a delivery finds its
 * sender line of an earlier piece.
 */
@ApplicationScoped
public class MailLogFollower implements MailLogFollowing {

    private static final Logger LOG = Logger.getLogger(MailLogFollower.class.getName());

    /** The lines before a piece that its import reads again (whole lines, at most this much of each file). */
    static final long KNOWN_LINES_BYTES = 1L << 20;

    /** The most new bytes one piece takes; a larger backlog goes in several pieces, one after the other. */
    static final long MAX_PIECE_BYTES = 64L << 20;

    /** A piece recorded but not started this long ago (the server stopped in between) is started again. */
    static final Duration START_AGAIN_AFTER = Duration.ofMinutes(2);

    @Resource(lookup = "portal/mailLogFile")
    Object fileSetting;

    @Resource(lookup = "portal/mailLogPollSeconds")
    Object pollSetting;

    @Inject
    FollowedLogFileRepository follows;

    @Inject
    ImportRecords records;

    @Inject
    LogFileStore files;

    @Inject
    ImportSettings settings;

    @Inject
    Clock clock;

    /** The followed file; empty when none is. */
    public Optional<Path> file() {
        String path = fileSetting == null ? "" : fileSetting.toString().trim();
        return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path).toAbsolutePath());
    }

    /** Seconds between polls ({@code PORTAL_MAIL_LOG_POLL_SECONDS}, 30 unless set). */
    public long pollSeconds() {
        return nl.provalue.privacy.infrastructure.config.WholeNumbers.parse(
                "PORTAL_MAIL_LOG_POLL_SECONDS", pollSetting, 30, 1, 3600);
    }

    /**
     * One poll: hands the new complete lines over as an import and says which import to start once
     * this transaction committed (also one recorded earlier that never started).
     */
    @Transactional
    public Optional<Long> poll() {
        Optional<Path> followed = file();
        if (followed.isEmpty()) {
            return Optional.empty();
        }
        Path path = followed.get();
        FollowedLogFile row = follows.lock();
        Instant now = clock.instant();
        Optional<ImportReport> last = row.lastImportId().flatMap(records::report);
        FollowPlan.State state = new FollowPlan.State(
                row.fileKey(), row.handedBytes(), row.previousFileKey(), row.previousHandedBytes());
        FollowPlan plan = FollowPlan.of(state, LogTail.seen(path), key -> LogTail.findByKey(path.getParent(), key));
        if (last.isPresent() && last.get().open()) {
            // The next piece waits for the last one: pieces stay few and in order under a backlog.
            sizesOnly(row, plan, path, now);
            return last.get().status() == ImportStatus.QUEUED
                            && last.get().createdAt().isBefore(now.minus(START_AGAIN_AFTER))
                    ? Optional.of(last.get().id())
                    : Optional.empty();
        }
        if (plan.event() == FollowPlan.Event.ROTATED_OLD_FILE_GONE) {
            LOG.warning("The followed log " + path + " was replaced and its old file is not in " + path.getParent()
                    + " any more: lines written to it after byte " + row.handedBytes() + " were not imported");
        }
        List<FileChannel> open = new ArrayList<>();
        try {
            return handOver(row, plan, path, now, open);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the followed log " + path, e);
        } finally {
            for (FileChannel channel : open) {
                try {
                    channel.close();
                } catch (IOException e) {
                    LOG.fine(() -> "Closing " + path + ": " + e);
                }
            }
        }
    }

    private Optional<Long> handOver(
            FollowedLogFile row, FollowPlan plan, Path path, Instant now, List<FileChannel> open) throws IOException {
        Map<Role, Long> ends = new EnumMap<>(Role.class);
        Map<Read, FileChannel> channels = new java.util.LinkedHashMap<>();
        List<LogTail.Range> fresh = new ArrayList<>();
        long room = Math.min(MAX_PIECE_BYTES, settings.maxFileBytes() - 2 * KNOWN_LINES_BYTES);
        for (Read read : plan.reads()) {
            FileChannel channel = FileChannel.open(Path.of(read.path()));
            open.add(channel);
            if (!LogTail.seen(Path.of(read.path()))
                    .map(s -> s.key().equals(read.key()))
                    .orElse(false)) {
                // Renamed again while this poll looked: the next poll sees it as it is.
                return Optional.empty();
            }
            channels.put(read, channel);
            long end = LogTail.completeLinesEnd(
                    channel, read.from(), Math.min(read.size(), read.from() + Math.max(0, room)));
            room -= end - read.from();
            ends.put(read.role(), end);
            if (end > read.from()) {
                fresh.add(new LogTail.Range(channel, read.from(), end));
            }
        }
        FollowPlan.State after = plan.after(ends);
        long freshBytes = fresh.stream().mapToLong(LogTail.Range::length).sum();
        checked(row, plan, after, path, now);
        if (freshBytes == 0) {
            return Optional.empty();
        }
        List<LogTail.Range> known = new ArrayList<>();
        for (Map.Entry<Read, FileChannel> e : channels.entrySet()) {
            Read read = e.getKey();
            if (read.role() != Role.EARLIER && read.from() > 0) {
                long start = LogTail.linesBefore(e.getValue(), read.from(), KNOWN_LINES_BYTES);
                if (start < read.from()) {
                    known.add(new LogTail.Range(e.getValue(), start, read.from()));
                }
            }
        }
        long knownLines = LogTail.countLines(known);
        long knownBytes = known.stream().mapToLong(LogTail.Range::length).sum();
        long freshLines = LogTail.countLines(fresh);
        List<LogTail.Range> piece = new ArrayList<>(known);
        piece.addAll(fresh);
        String name = "maillog (gevolgd) " + path;
        LogFileStore.StoredLog stored = files.store(name, LogTail.concat(piece), settings.maxFileBytes());
        long id;
        try {
            id = records.createFollowed(name, stored, knownLines, knownBytes);
        } catch (RuntimeException e) {
            files.delete(stored);
            throw e;
        }
        row.handedOver(freshLines, freshBytes, id, now);
        LOG.fine(() -> "Handed " + freshLines + " new lines of " + path + " to import " + id);
        return Optional.of(id);
    }

    /** Records the new position and what the files hold. */
    private static void checked(FollowedLogFile row, FollowPlan plan, FollowPlan.State after, Path path, Instant now) {
        long size = row.sizeSeen();
        long previousSize = 0;
        for (Read read : plan.reads()) {
            if (read.role() == Role.CURRENT) {
                size = read.size();
            } else if (read.role() == Role.PREVIOUS) {
                previousSize = read.size();
            }
        }
        row.checked(
                path.toString(),
                after.fileKey(),
                after.offset(),
                size,
                after.previousKey(),
                after.previousOffset(),
                previousSize,
                now);
    }

    /** While the last piece is still imported: only how large the files are now, for the lag shown. */
    private static void sizesOnly(FollowedLogFile row, FollowPlan plan, Path path, Instant now) {
        long size = row.sizeSeen();
        long previousSize = row.previousSizeSeen();
        for (Read read : plan.reads()) {
            if (read.key().equals(row.fileKey())) {
                size = read.size();
            } else if (read.key().equals(row.previousFileKey())) {
                previousSize = read.size();
            }
        }
        row.checked(
                path.toString(),
                row.fileKey(),
                row.handedBytes(),
                size,
                row.previousFileKey(),
                row.previousHandedBytes(),
                previousSize,
                now);
    }

    @Override
    @Transactional
    public Status status() {
        String path = file().map(Path::toString).orElse(null);
        if (path == null) {
            return new Status(null, 0, 0, 0, 0, 0, null, null, null);
        }
        return follows.find()
                .map(r -> new Status(
                        path,
                        r.handedBytes(),
                        r.linesHanded(),
                        r.bytesHanded(),
                        r.sizeSeen(),
                        r.lagBytes(),
                        r.grownAt(),
                        r.checkedAt(),
                        r.lastImportId().orElse(null)))
                .orElse(new Status(path, 0, 0, 0, 0, 0, null, null, null));
    }
}
