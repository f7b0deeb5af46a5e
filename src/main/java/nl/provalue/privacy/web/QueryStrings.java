package nl.provalue.privacy.web;

/**
 * Reads one parameter from a raw query string, without the request's parameter map (reading that
 * would consume a posted body, such as a log upload).
 */
final class QueryStrings {

    private QueryStrings() {}

    /** The raw value of the first {@code name=value} pair, or null when there is none. */
    static String value(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** Whether the query has the parameter with a non-empty value. */
    static boolean has(String query, String name) {
        String value = value(query, name);
        return value != null && !value.isEmpty();
    }
}
