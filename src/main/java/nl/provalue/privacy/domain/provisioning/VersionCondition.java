package nl.provalue.privacy.domain.provisioning;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a put says it changes (RFC 9110 §13.1.1, §13.1.2): {@code If-Match} with the tags
 * the caller read (or {@code *}: whatever is there), or {@code If-None-Match: *} (only when the
 * customer is new). Tags are compared strongly: a weak tag never matches.
 */
public record VersionCondition(Set<String> ifMatch, boolean matchAny, boolean onlyIfNew) {

    /** What the condition says about a put. */
    public enum Verdict {
        /** Go ahead. */
        PROCEED,
        /** The customer is not in the version the caller named (412). */
        FAILED,
        /** The customer exists and the caller did not say which version it changes (428). */
        REQUIRED
    }

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?(\"[\\x21\\x23-\\x7e\\x80-\\xff]*\")\\s*(,|$)");
    private static final int MAX_HEADER = 2000;

    /** Reads the two headers (either may be absent); a header that is not a list of entity tags is refused. */
    public static VersionCondition of(String ifMatch, String ifNoneMatch) {
        boolean onlyIfNew = false;
        if (ifNoneMatch != null) {
            if (!ifNoneMatch.strip().equals("*")) {
                throw new InvalidStateException("If-None-Match", "only * is understood here");
            }
            onlyIfNew = true;
        }
        if (ifMatch == null) {
            return new VersionCondition(null, false, onlyIfNew);
        }
        if (ifMatch.strip().equals("*")) {
            return new VersionCondition(null, true, onlyIfNew);
        }
        if (ifMatch.length() > MAX_HEADER || ifMatch.isBlank()) {
            throw new InvalidStateException("If-Match", "a list of entity tags, such as \"k3Jx…\"");
        }
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = TAG.matcher(ifMatch);
        int at = 0;
        while (at < ifMatch.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new InvalidStateException("If-Match", "a list of entity tags, such as \"k3Jx…\"");
            }
            if (m.group(1) == null) {
                tags.add(m.group(2));
            }
            at = m.end();
        }
        return new VersionCondition(Set.copyOf(tags), false, onlyIfNew);
    }

    /** The verdict on the customer's current tag ({@code null}: no such customer yet). */
    public Verdict verdict(String currentTag) {
        if (currentTag == null) {
            return ifMatch == null && !matchAny ? Verdict.PROCEED : Verdict.FAILED;
        }
        if (onlyIfNew) {
            return Verdict.FAILED;
        }
        if (matchAny) {
            return Verdict.PROCEED;
        }
        if (ifMatch == null) {
            return Verdict.REQUIRED;
        }
        return ifMatch.contains(currentTag) ? Verdict.PROCEED : Verdict.FAILED;
    }
}
