package nl.provalue.privacy.domain.registration;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.IDNA;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * P10: a domain name as IDNA2008 (RFC 5890-5893) knows it: its A-label form ({@code ascii}, what
 * the registry and the database hold, {@code xn--strae-oqa.de}) and its U-label form
 * ({@code unicode}, what people read, {@code straße.de}).
 *
 * <p>A name is taken as typed: A-labels, U-labels or both, upper or lower case ASCII, with or
 * without the root's trailing dot. Nothing else is mapped. IDNA2003 (and UTS #46 in its mapping
 * role) would turn {@code ß} into {@code ss}, a fullwidth {@code ｓ} into {@code s}, drop a soft
 * hyphen and read an ideographic full stop as a dot, so that one string looks up another
 * domain. Here every such string is refused: a label must already be what IDNA2008 allows
 * (UTS #46 non-transitional processing with the STD3, bidi and context rules, and no mapping
 * left to do).
 */
public record IdnaName(String ascii, String unicode) {

    /** Why a string is not a domain name. */
    public enum Problem {
        /** Nothing, or only the root. */
        EMPTY,
        /** Longer than 253 octets in A-label form, or a label longer than 63. */
        TOO_LONG,
        /** An empty label: two dots in a row, or a dot at the start. */
        EMPTY_LABEL,
        /** A character IDNA2008 does not allow (a space, an underscore, a symbol, an emoji, …). */
        DISALLOWED,
        /** A character that IDNA would first have to map to another (fullwidth letters, a soft hyphen, an ideographic full stop, a capital outside ASCII). */
        NOT_MAPPED,
        /** A hyphen at the start or end of a label, or in the third and fourth place of one that is not an A-label. */
        HYPHEN,
        /** An {@code xn--} label that is not a valid A-label. */
        BAD_A_LABEL,
        /** Right-to-left and joiner rules (RFC 5893, RFC 5892 appendix A). */
        CONTEXT
    }

    /** A string that is not a domain name, with the reason. */
    public static final class InvalidNameException extends IllegalArgumentException {
        private final Problem problem;

        InvalidNameException(Problem problem, String input) {
            super("Not a domain name (" + problem + "): " + input);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Longest name in A-label form, without the root's dot (RFC 1035 §2.3.4: 255 octets on the wire). */
    public static final int MAX_LENGTH = 253;

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.USE_STD3_RULES
            | IDNA.CHECK_BIDI
            | IDNA.CHECK_CONTEXTJ
            | IDNA.CHECK_CONTEXTO);

    /** Reads a name as typed or as sent in a URL path, or refuses it. */
    public static IdnaName parse(String input) {
        if (input == null) {
            throw new InvalidNameException(Problem.EMPTY, "");
        }
        // The root's trailing dot names the same domain; nothing else is trimmed.
        String name = input.endsWith(".") ? input.substring(0, input.length() - 1) : input;
        if (name.isEmpty()) {
            throw new InvalidNameException(Problem.EMPTY, input);
        }
        if (name.length() > 4 * MAX_LENGTH) {
            throw new InvalidNameException(Problem.TOO_LONG, input.substring(0, 40) + "…");
        }
        String lowered = lowerAscii(name);
        IDNA.Info toUnicode = new IDNA.Info();
        String unicode =
                UTS46.nameToUnicode(lowered, new StringBuilder(), toUnicode).toString();
        IDNA.Info toAscii = new IDNA.Info();
        String ascii = UTS46.nameToASCII(lowered, new StringBuilder(), toAscii).toString();
        Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
        errors.addAll(toUnicode.getErrors());
        errors.addAll(toAscii.getErrors());
        if (!errors.isEmpty()) {
            throw new InvalidNameException(problemOf(errors), input);
        }
        // No mapping may have happened: every label typed in Unicode is its own U-label.
        List<String> typed = labels(lowered);
        List<String> read = labels(unicode);
        if (typed.size() != read.size()) {
            throw new InvalidNameException(Problem.NOT_MAPPED, input);
        }
        for (int i = 0; i < typed.size(); i++) {
            String label = typed.get(i);
            if (!isAscii(label) && !label.equals(read.get(i))) {
                throw new InvalidNameException(Problem.NOT_MAPPED, input);
            }
            if (isAscii(label) && !label.startsWith("xn--") && !label.equals(read.get(i))) {
                throw new InvalidNameException(Problem.DISALLOWED, input);
            }
            if (!read.get(i).codePoints().allMatch(IdnaName::idna2008Letter)) {
                throw new InvalidNameException(Problem.DISALLOWED, input);
            }
        }
        return new IdnaName(ascii, unicode);
    }

    /**
     * The name from its stored A-label form, which was checked when it was stored: a name without
     * A-labels is its own Unicode form, and only one with {@code xn--} labels is decoded.
     */
    public static IdnaName ofStored(String ascii) {
        return ascii.startsWith("xn--") || ascii.contains(".xn--") ? parse(ascii) : new IdnaName(ascii, ascii);
    }

    /** Whether any label is an internationalised one (so a {@code unicodeName} says more than the {@code ldhName}). */
    public boolean internationalised() {
        return !ascii.equals(unicode);
    }

    private static Problem problemOf(Set<IDNA.Error> errors) {
        if (errors.contains(IDNA.Error.EMPTY_LABEL)) {
            return Problem.EMPTY_LABEL;
        }
        if (errors.contains(IDNA.Error.LABEL_TOO_LONG) || errors.contains(IDNA.Error.DOMAIN_NAME_TOO_LONG)) {
            return Problem.TOO_LONG;
        }
        if (errors.contains(IDNA.Error.PUNYCODE) || errors.contains(IDNA.Error.INVALID_ACE_LABEL)) {
            return Problem.BAD_A_LABEL;
        }
        if (errors.contains(IDNA.Error.LEADING_HYPHEN)
                || errors.contains(IDNA.Error.TRAILING_HYPHEN)
                || errors.contains(IDNA.Error.HYPHEN_3_4)) {
            return Problem.HYPHEN;
        }
        if (errors.contains(IDNA.Error.BIDI)
                || errors.contains(IDNA.Error.CONTEXTJ)
                || errors.contains(IDNA.Error.CONTEXTO_DIGITS)
                || errors.contains(IDNA.Error.CONTEXTO_PUNCTUATION)
                || errors.contains(IDNA.Error.LEADING_COMBINING_MARK)) {
            return Problem.CONTEXT;
        }
        return Problem.DISALLOWED;
    }

    /**
     * RFC 5892 §2.1: only letters, marks and digits (general categories Ll, Lu, Lo, Lm, Mn, Mc, Nd)
     * may be in a label, with the hyphen and the few exceptions of §2.6 and the contextual
     * characters of appendix A (whose context UTS #46 checks). UTS #46 alone lets symbols such as
     * emoji through (its "NV8" characters), which IDNA2008 forbids.
     */
    private static boolean idna2008Letter(int cp) {
        if (cp == '-' || EXCEPTIONS.contains(cp)) {
            return true;
        }
        return switch (UCharacter.getType(cp)) {
            case UCharacterCategory.LOWERCASE_LETTER,
                    UCharacterCategory.UPPERCASE_LETTER,
                    UCharacterCategory.OTHER_LETTER,
                    UCharacterCategory.MODIFIER_LETTER,
                    UCharacterCategory.NON_SPACING_MARK,
                    UCharacterCategory.COMBINING_SPACING_MARK,
                    UCharacterCategory.DECIMAL_DIGIT_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * RFC 5892 §2.6 (PVALID exceptions outside those categories) and appendix A (CONTEXTJ,
     * CONTEXTO): ß, final sigma, two Arabic signs, the Tibetan tsheg, the ideographic zero, the
     * zero-width (non-)joiner, the middle dot, the Greek keraia, the Hebrew geresh and gershayim
     * and the katakana middle dot.
     */
    private static final Set<Integer> EXCEPTIONS = Set.of(
            0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007, 0x200C, 0x200D, 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB);

    /** Split on the full stop only: other dots are characters IDNA2008 refuses, not separators. */
    private static List<String> labels(String name) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = name.indexOf('.'); at >= 0; at = name.indexOf('.', from)) {
            out.add(name.substring(from, at));
            from = at + 1;
        }
        out.add(name.substring(from));
        return out;
    }

    private static String lowerAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return internationalised() ? unicode + " (" + ascii + ")" : ascii;
    }
}
