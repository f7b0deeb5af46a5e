package nl.provalue.privacy.domain.web;

import java.util.List;
import java.util.Locale;

/**
 * P3, P6: which website a host name means. A website answers under its name with and without
 * {@code www.}: {@code example.nl} and {@code www.example.nl} are one site, whichever of the two it is
 * stored under. Host names compare without case, port or a final dot. Decided here for the upload's
 * {@code ?site=}, the virtual host of a log line and the shared server's log alike.
 */
public final class SiteHost {

    private SiteHost() {}

    /** The name without case, port, final dot or {@code www.}: {@code example.nl} for {@code WWW.Example.nl:443}. */
    public static String bare(String host) {
        String h = plain(host);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** The name without case, port or final dot; {@code [2001:db8::1]} keeps its brackets. */
    private static String plain(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        boolean bracketed = h.startsWith("[") && colon > 0 && h.charAt(colon - 1) == ']';
        if (colon > 0
                && colon < h.length() - 1
                && (bracketed || h.indexOf(':') == colon)
                && h.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            h = h.substring(0, colon);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /** Whether a website stored under {@code hostname} serves requests for {@code host}. */
    public static boolean serves(String hostname, String host) {
        return bare(hostname).equals(bare(host));
    }

    /**
     * The names a website serving {@code host} can be stored under, the name as given first: an exact
     * match wins where both {@code example.nl} and {@code www.example.nl} are websites of their own.
     */
    public static List<String> storedNames(String host) {
        String h = plain(host);
        String bare = bare(h);
        return h.equals(bare) ? List.of(bare, "www." + bare) : List.of(h, bare);
    }
}
