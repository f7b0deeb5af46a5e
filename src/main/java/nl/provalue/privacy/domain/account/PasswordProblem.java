package nl.provalue.privacy.domain.account;

/**
 * Why {@link PasswordPolicy} refuses a new password. The web layer shows one message per problem
 * (key {@code password.problem.<NAME>}); there are no composition rules to report, because
 * NIST SP 800-63B §5.1.1.2 forbids them.
 */
public enum PasswordProblem {
    /** Fewer than {@link PasswordPolicy#MIN_LENGTH} characters (Unicode code points). */
    TOO_SHORT,
    /** More than {@link PasswordPolicy#MAX_LENGTH} characters (ASVS 4.0.3 V2.1.2). */
    TOO_LONG,
    /** Tabs, line breaks and other control characters, which browsers and password managers mangle. */
    CONTROL_CHARACTERS,
    /** Spaces only: spaces are welcome in a passphrase, but not as the whole of it. */
    ONLY_WHITESPACE,
    /** Is the user name or e-mail address, or leans on the user's own name, user name or e-mail. */
    CONTAINS_PERSONAL_DATA,
    /** nbvcxz estimates it falls within {@link PasswordPolicy#MINIMUM_GUESSES} guesses. */
    TOO_COMMON_OR_GUESSABLE
}
