package nl.provalue.privacy.infrastructure.importing.accesslog;

import java.util.Objects;

/** The outcome of parsing one access-log line: either a request or the reason the line was skipped. */
public sealed interface ParseResult {

    /** The line held a request. */
    record Parsed(AccessLogLine line) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(line, "line");
        }
    }

    /** The line held no usable request; {@code reason} says why in a few words. */
    record Skipped(String reason) implements ParseResult {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
