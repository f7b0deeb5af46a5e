package nl.provalue.privacy.infrastructure.importing.follow;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * Reading a growing log file by byte positions: only complete lines are taken (a line being
 * written has no line end yet), and the lines before a position are found at a line start.
 */
public final class LogTail {

    private static final int BLOCK = 64 * 1024;

    private LogTail() {}

    /** Part of an open file: bytes {@code from} up to {@code to}. */
    public record Range(FileChannel channel, long from, long to) {
        public long length() {
            return to - from;
        }
    }

    /** The regular file at {@code path} with its identity (device and inode) and size, if there is one. */
    public static Optional<FollowPlan.Seen> seen(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new FollowPlan.Seen(path.toString(), key(a), a.size()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The file of {@code dir} with this identity: where a rotation renamed it to (maillog.1, maillog-20261201). */
    public static Optional<FollowPlan.Seen> findByKey(Path dir, String key) {
        if (key == null || dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Optional<FollowPlan.Seen> seen;
                try {
                    seen = seen(file);
                } catch (UncheckedIOException e) {
                    // A file the portal may not read (the directory is shared with other logs) is not it.
                    continue;
                }
                if (seen.isPresent() && key.equals(seen.get().key())) {
                    return seen;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return Optional.empty();
    }

    /** A file's identity; without one (a file system that has none) its creation time stands in. */
    static String key(BasicFileAttributes a) {
        Object key = a.fileKey();
        return key != null ? key.toString() : "created " + a.creationTime();
    }

    /**
     * The position just after the last line end in {@code from..limit}: what can be handed over
     * now. {@code from} when that part holds no complete line.
     */
    public static long completeLinesEnd(FileChannel channel, long from, long limit) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        long end = limit;
        while (end > from) {
            long start = Math.max(from, end - BLOCK);
            buffer.clear().limit((int) (end - start));
            readFully(channel, buffer, start);
            for (int i = buffer.limit() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return from;
    }

    /**
     * Where the lines before {@code to} start, going back at most {@code max} bytes: a line start
     * (the file's start or just after a line end), so the part holds only whole lines.
     */
    public static long linesBefore(FileChannel channel, long to, long max) throws IOException {
        long start = Math.max(0, to - max);
        if (start == 0) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        long at = start - 1;
        while (at < to) {
            buffer.clear().limit((int) Math.min(BLOCK, to - at));
            readFully(channel, buffer, at);
            for (int i = 0; i < buffer.limit(); i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += buffer.limit();
        }
        return to;
    }

    /** Line ends in the ranges: the lines an import will count in them (they hold whole lines). */
    public static long countLines(List<Range> ranges) throws IOException {
        long lines = 0;
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        for (Range r : ranges) {
            for (long at = r.from(); at < r.to(); at += buffer.limit()) {
                buffer.clear().limit((int) Math.min(BLOCK, r.to() - at));
                readFully(r.channel(), buffer, at);
                for (int i = 0; i < buffer.limit(); i++) {
                    if (buffer.get(i) == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** The ranges one after the other, as one stream (the channels stay open; the caller closes them). */
    public static InputStream concat(List<Range> ranges) {
        Enumeration<InputStream> parts =
                Collections.enumeration(ranges.stream().map(LogTail::stream).toList());
        return new SequenceInputStream(parts);
    }

    private static InputStream stream(Range r) {
        return new InputStream() {
            private long at = r.from();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at >= r.to()) {
                    return -1;
                }
                ByteBuffer buffer = ByteBuffer.wrap(b, off, (int) Math.min(len, r.to() - at));
                int n = r.channel().read(buffer, at);
                if (n < 0) {
                    throw new IOException("The file ended before byte " + r.to());
                }
                at += n;
                return n;
            }
        };
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("The file ended before byte " + (position + buffer.limit()));
            }
            at += n;
        }
        buffer.flip();
    }
}
