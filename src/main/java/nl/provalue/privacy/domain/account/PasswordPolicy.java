package nl.provalue.privacy.domain.account;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Which new passwords the portal accepts, for customers and staff alike: NIST SP 800-63B
 * §5.1.1.2 (memorized secret verifiers) and OWASP ASVS 4.0.3 V2.1.
 *
 * <ul>
 * <li><b>Length</b> {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, each Unicode code
 * point counting as one (800-63B), after {@linkplain #normalize normalisation}. The upper bound
 * (ASVS V2.1.2) keeps the cost of an estimate and of hashing bounded.</li>
 * <li><b>No composition rules</b> (800-63B, ASVS V2.1.9): any printable character, spaces
 * included, so passphrases work. Control characters are refused, because forms and password
 * managers do not carry them reliably, and so is a password of spaces only.</li>
 * <li><b>Not guessable</b> (800-63B: compare against commonly used, expected or compromised values
 * and context-specific words): the estimate of nbvcxz, whose dictionaries hold leaked passwords,
 * names and English words, and which sees keyboard rows, repeats, sequences, dates, years, l33t
 * and reversed words. The password must need at least {@link #MINIMUM_GUESSES} guesses. The
 * service's own words ({@link #SERVICE_WORDS}) and the person's user name, name and e-mail
 * ({@link PasswordContext}) are added as nbvcxz <em>exclusion</em> words: any part of a password
 * that is (a l33t or reversed form of) one of them counts for nothing, so the rest must carry the
 * strength on its own. A password equal to the user name or the e-mail address is refused
 * outright.</li>
 * </ul>
 *
 * <p><b>Why 10<sup>10</sup> guesses.</b> Online, {@link LoginThrottle} lets an attacker test at
 * most {@link LoginThrottle#maxFailuresPerHourPerAccount()} passwords per hour on an account (ASVS
 * V2.2.1 allows 100); 10<sup>10</sup> guesses at 100 an hour take over ten thousand years, so the
 * online attack would be covered by far less. The number is set by the offline case, a stolen
 * table of {@code PasswordHasher} hashes (salted PBKDF2-HMAC-SHA256, 600,000 iterations: OWASP's
 * minimum for PBKDF2, as cost 10 is its minimum for bcrypt; taken here as comparable): nbvcxz's own
 * 2021 figure for bcrypt cost 10 on USD 20,000 of hardware is about 1.3·10<sup>5</sup> guesses a
 * second, a few times that today, so one account at 10<sup>10</sup> costs such an attacker hours
 * to a day, and a table of thousands of salted hashes decades: time to notice the theft and force
 * new passwords (800-63B requires that on evidence of compromise). 10<sup>10</sup> is also
 * zxcvbn's line for its best score ("very unguessable") and close to nbvcxz's default of 35 bits.
 * Raising it to 10<sup>12</sup> would make a targeted offline attack take weeks, but would refuse
 * many passphrases people can remember; that trade is a policy decision, made here in one
 * constant.
 *
 * <p><b>Language of the hints.</b> nbvcxz 1.5.1 ships Dutch ({@code feedback_nl.properties}) and
 * English (the base {@code feedback.properties}) and looks its texts up with
 * {@code ResourceBundle.getBundle("feedback", locale)}. For {@code Locale.ENGLISH} that finds only
 * the base bundle and then falls back to the JVM's default locale, so a server running in Dutch
 * would answer English readers in Dutch (nbvcxz issue #89, fixed after 1.5.1 and not released).
 * Dutch readers therefore get {@code nl}, everyone else {@link Locale#ROOT}, which selects the
 * English base bundle without any fallback.
 *
 * <p><b>Sharing and threads.</b> The costly part of nbvcxz is loading its dictionaries (about
 * 0.4 s, once per class loader, in {@code ConfigurationBuilder}'s static initialiser). On top of
 * that one {@link Nbvcxz} per hint language is built lazily and shared. Since 1.5.0 (nbvcxz pull
 * request #49) {@link Nbvcxz#estimate} keeps its working state in local variables, and its
 * matchers are stateless, so one instance may estimate on many threads at once, provided nobody
 * calls {@code setConfiguration} on it or changes the collections its {@link Configuration}
 * holds. Two traps are avoided: {@code ConfigurationBuilder.getDefaultDictionaries()} returns
 * nbvcxz's own static list in 1.5.1 (issue #65), so it is copied, never added to; and the
 * personal words differ per person, so a check with personal data builds its own small
 * {@link Configuration} from the shared one plus one exclusion dictionary (microseconds, no
 * dictionary is reloaded) instead of reconfiguring a shared instance.
 *
 * <p><b>Cost.</b> An estimate is CPU work. Measured warm on a two-core machine: about 0.4 ms for
 * a 20-character password, 5 to 20 ms for 10 to 12 characters (nbvcxz's misspelling search
 * compares the whole password with every dictionary word of about its length) and about 30 ms at
 * 128; several times that while the JIT is cold. Check when a password is set, not on sign-in
 * and not on every keystroke. nbvcxz gives its search for the best
 * combination of matches 500 ms of wall-clock time and then takes a simpler one, so on a
 * starved CPU an estimate can come out slightly different.
 */
public final class PasswordPolicy {

    /**
     * One rule for everyone. 800-63B (rev. 3) asks at least 8; ASVS V2.1.1 asks 12, and
     * 800-63B-4 asks 15 where the password is the only factor: 10 is the portal's own choice.
     */
    public static final int MIN_LENGTH = 10;
    /** ASVS V2.1.2: at least 64 allowed, more than 128 refused. */
    public static final int MAX_LENGTH = 128;
    /** The estimated number of guesses a password must need; see the class comment for why. */
    public static final double MINIMUM_GUESSES = 1e10;
    /** Words anyone would try first against this portal, whoever the account belongs to. */
    public static final List<String> SERVICE_WORDS = List.of("provalue", "privacy", "portaal", "portal");

    /**
     * 800-63B: "the verifier SHOULD apply the Normalization Process for Stabilized Strings using
     * either the NFKC or NFKD normalization". NFKC: one form for "é" typed as one or two code
     * points, and full-width or ligature look-alikes folded to the letters they stand for.
     */
    static final Normalizer.Form NORMALIZATION = Normalizer.Form.NFKC;

    static final String PERSONAL_DICTIONARY = "personal";
    static final String SERVICE_DICTIONARY = "service";

    private static final double MINIMUM_ENTROPY_BITS =
            Nbvcxz.getEntropyFromGuesses(BigDecimal.valueOf(MINIMUM_GUESSES));
    /** nbvcxz's default stops at 2029; a year is a year. */
    private static final Pattern YEARS = Pattern.compile("19\\d\\d|20\\d\\d");

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** Per hint language ({@code nl} or {@link Locale#ROOT}), built on first use. */
    private static final Map<Locale, Nbvcxz> SHARED = new ConcurrentHashMap<>();

    private PasswordPolicy() {}

    /**
     * The form of a password that is counted, estimated and must also be hashed, so that the same
     * text typed on another keyboard or device signs in: Unicode NFKC. Nothing is trimmed or
     * collapsed: spaces are part of the password.
     */
    public static String normalize(String password) {
        return Normalizer.normalize(password == null ? "" : password, NORMALIZATION);
    }

    /**
     * Checks a new password.
     *
     * @param password the password as typed; {@code null} counts as empty
     * @param context  whose password it is, for the personal words to refuse
     * @param locale   the reader's language, for nbvcxz's hints: Dutch for {@code nl}, English
     *                 otherwise
     */
    public static PasswordVerdict check(String password, PasswordContext context, Locale locale) {
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        EnumSet<PasswordProblem> problems = EnumSet.noneOf(PasswordProblem.class);
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (normalized.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            problems.add(PasswordProblem.CONTROL_CHARACTERS);
        }
        if (length > 0 && normalized.codePoints().allMatch(PasswordPolicy::isSpace)) {
            problems.add(PasswordProblem.ONLY_WHITESPACE);
        }
        if (equalsIdentifier(normalized, context)) {
            problems.add(PasswordProblem.CONTAINS_PERSONAL_DATA);
        }
        // Too long, control characters or only spaces need no hint, and a 10,000-character paste
        // should not cost an estimate.
        boolean estimate = length > 0
                && !problems.contains(PasswordProblem.TOO_LONG)
                && !problems.contains(PasswordProblem.CONTROL_CHARACTERS)
                && !problems.contains(PasswordProblem.ONLY_WHITESPACE);
        if (!estimate) {
            return new PasswordVerdict(List.copyOf(problems), null, List.of());
        }
        Set<String> personalWords = context.personalWords();
        Result result = estimator(hintLocale(locale), personalWords).estimate(normalized);
        if (result.isMinimumEntropyMet()) {
            return new PasswordVerdict(List.copyOf(problems), null, List.of());
        }
        problems.add(PasswordProblem.TOO_COMMON_OR_GUESSABLE);
        if (leansOnPersonalWords(result, normalized, personalWords)) {
            problems.add(PasswordProblem.CONTAINS_PERSONAL_DATA);
        }
        Feedback feedback = result.getFeedback();
        return new PasswordVerdict(List.copyOf(problems), feedback.getWarning(), feedback.getSuggestion());
    }

    /** The language nbvcxz's hints are looked up in; see the class comment for why ROOT. */
    static Locale hintLocale(Locale requested) {
        return requested != null && DUTCH.getLanguage().equals(requested.getLanguage()) ? DUTCH : Locale.ROOT;
    }

    /** The shared estimator for a hint language, or one with this person's words added. */
    static Nbvcxz estimator(Locale hintLocale, Set<String> personalWords) {
        Nbvcxz shared = SHARED.computeIfAbsent(hintLocale, PasswordPolicy::build);
        if (personalWords.isEmpty()) {
            return shared;
        }
        Configuration base = shared.getConfiguration();
        List<Dictionary> dictionaries = new ArrayList<>(base.getDictionaries());
        dictionaries.add(exclusion(PERSONAL_DICTIONARY, personalWords));
        // Every part but the dictionaries is the shared one, so nothing is loaded or computed again.
        return new Nbvcxz(new ConfigurationBuilder()
                .setPasswordMatchers(base.getPasswordMatchers())
                .setGuessTypes(base.getGuessTypes())
                .setDictionaries(List.copyOf(dictionaries))
                .setAdjacencyGraphs(base.getAdjacencyGraphs())
                .setLeetTable(base.getLeetTable())
                .setYearPattern(base.getYearPattern())
                .setMinimumEntropy(base.getMinimumEntropy())
                .setMaxLength(base.getMaxLength())
                .setLocale(base.getLocale())
                .setDistanceCalc(base.isDistanceCalc())
                .setCombinationAlgorithmTimeout(base.getCombinationAlgorithmTimeout())
                .createConfiguration());
    }

    private static Nbvcxz build(Locale hintLocale) {
        // A copy: in 1.5.1 this is nbvcxz's own static list, shared by every configuration.
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(exclusion(SERVICE_DICTIONARY, SERVICE_WORDS));
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(List.copyOf(dictionaries))
                .setMinimumEntropy(MINIMUM_ENTROPY_BITS)
                .setYearPattern(YEARS)
                .setLocale(hintLocale)
                .createConfiguration());
    }

    private static Dictionary exclusion(String name, Collection<String> words) {
        return new DictionaryBuilder()
                .setDictionaryName(name)
                .setExclusion(true)
                .addWords(words, 0)
                .createDictionary();
    }

    private static boolean equalsIdentifier(String normalized, PasswordContext context) {
        String typed = PasswordContext.fold(normalized);
        return !typed.isEmpty()
                && (typed.equals(PasswordContext.fold(context.userName()))
                        || typed.equals(PasswordContext.fold(context.email())));
    }

    /** nbvcxz used one of the person's words, or the password plainly contains one. */
    private static boolean leansOnPersonalWords(Result result, String normalized, Set<String> personalWords) {
        for (Match match : result.getMatches()) {
            if (match instanceof DictionaryMatch word && PERSONAL_DICTIONARY.equals(word.getDictionaryName())) {
                return true;
            }
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        return personalWords.stream().anyMatch(lower::contains);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
