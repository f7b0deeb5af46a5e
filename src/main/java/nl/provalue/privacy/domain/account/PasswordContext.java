package nl.provalue.privacy.domain.account;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the portal knows about the person choosing a password, so that {@link PasswordPolicy} can
 * refuse passwords built from it: NIST SP 800-63B §5.1.1.2 names "context-specific words, such as
 * the name of the service, the username, and derivatives thereof". Any part may be empty when it
 * is not known yet (for example during registration); {@code null} counts as empty.
 *
 * @param userName   the user name, as it will be stored
 * @param personName the person's full name, e.g. "Jan de Vries"
 * @param email      the e-mail address
 */
public record PasswordContext(String userName, String personName, String email) {

    /** Shorter pieces ("de", "jo") would match inside ordinary words and only add noise. */
    static final int MIN_WORD_LENGTH = 3;

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Splits "jan1975" into "jan" and "1975": either half alone is as guessable as the whole. */
    private static final Pattern LETTERS_DIGITS_BOUNDARY =
            Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    public PasswordContext {
        userName = userName == null ? "" : userName;
        personName = personName == null ? "" : personName;
        email = email == null ? "" : email;
    }

    /** No personal data known: only the service's own words are refused. */
    public static PasswordContext none() {
        return new PasswordContext("", "", "");
    }

    /**
     * The words nbvcxz must treat as worthless in this person's password: the user name, the name
     * and the e-mail address whole, and their parts (name parts, the e-mail's local part and its
     * pieces, the e-mail domain without its top-level domain). Normalised and lower-cased the same
     * way as the password, at least {@value #MIN_WORD_LENGTH} characters each, without
     * {@link PasswordPolicy#SERVICE_WORDS}.
     */
    Set<String> personalWords() {
        Set<String> words = new LinkedHashSet<>();
        String user = fold(userName);
        String name = fold(personName);
        String mail = fold(email);
        addWhole(words, user);
        addWhole(words, name);
        addWhole(words, NOT_LETTER_OR_DIGIT.matcher(name).replaceAll(""));
        addWhole(words, mail);
        addParts(words, user);
        addParts(words, name);
        int at = mail.lastIndexOf('@');
        String local = at < 0 ? mail : mail.substring(0, at);
        addWhole(words, local);
        addParts(words, local);
        if (at >= 0) {
            String domain = mail.substring(at + 1);
            int lastDot = domain.lastIndexOf('.');
            // "jansen-bakkerij.nl" says something about the person; "nl" and "com" do not.
            addParts(words, lastDot < 0 ? domain : domain.substring(0, lastDot));
        }
        // "provalue" in a staff address is the service's word, refused for everyone, not personal.
        words.removeAll(PasswordPolicy.SERVICE_WORDS);
        return words;
    }

    /** NFKC and lower case without the server's locale, exactly as {@link PasswordPolicy} folds. */
    static String fold(String text) {
        return Normalizer.normalize(text, PasswordPolicy.NORMALIZATION).strip().toLowerCase(Locale.ROOT);
    }

    private static void addParts(Set<String> words, String text) {
        for (String part : NOT_LETTER_OR_DIGIT.split(text)) {
            addWhole(words, part);
            for (String piece : LETTERS_DIGITS_BOUNDARY.split(part)) {
                addWhole(words, piece);
            }
        }
    }

    private static void addWhole(Set<String> words, String word) {
        if (word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH) {
            words.add(word);
        }
    }
}
