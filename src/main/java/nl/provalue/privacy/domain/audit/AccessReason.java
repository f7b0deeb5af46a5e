package nl.provalue.privacy.domain.audit;

import java.util.Set;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * P12: why a staff member opens a customer's data, as the audit trail keeps it and the customer
 * reads it. One rule for every way in (the privacy desk, the API): after trimming, at least
 * {@value #MIN_VISIBLE} visible characters, and at most {@value #MAX_LENGTH} characters, the
 * length of {@code audit_event.reason}; a longer reason is refused, never cut. Spaces, control and
 * format characters (U+200B, U+00AD, U+FEFF ...), combining marks on their own and the few letters
 * that draw nothing (Hangul fillers, the blank Braille pattern) are not visible characters.
 */
public final class AccessReason {

    /** The least a reason says, in visible characters. */
    public static final int MIN_VISIBLE = 10;

    /** The most a recorded reason holds: the length of {@code audit_event.reason}. */
    public static final int MAX_LENGTH = 500;

    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    private final String text;

    private AccessReason(String text) {
        this.text = text;
    }

    /** The reason as a staff member wrote it, trimmed; refused when it says too little or does not fit. */
    public static AccessReason of(String written) {
        String text = written == null ? "" : written.strip();
        if (visibleCharacters(text) < MIN_VISIBLE) {
            throw new PolicyViolationException(
                    "desk.reasonTooShort", "a reason needs at least " + MIN_VISIBLE + " visible characters");
        }
        return new AccessReason(fitting(text));
    }

    /** The same reason under a heading ("customer question: ..."); refused when the two do not fit together. */
    public AccessReason under(String heading) {
        return new AccessReason(fitting(heading + ": " + text));
    }

    public String text() {
        return text;
    }

    /** Characters a reader sees; what draws nothing or only changes its neighbour does not count. */
    public static int visibleCharacters(String text) {
        return (int) text.codePoints().filter(AccessReason::isVisible).count();
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.NON_SPACING_MARK,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> false;
            default -> !BLANK_LETTERS.contains(codePoint);
        };
    }

    private static String fitting(String text) {
        // String length counts UTF-16 units, never fewer than the characters the column counts.
        if (text.length() > MAX_LENGTH) {
            throw new PolicyViolationException(
                    "desk.reasonTooLong", "a reason has at most " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
