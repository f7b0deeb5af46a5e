package nl.provalue.privacy.domain.customer;

import java.util.regex.Pattern;

/** The number on every invoice and letter: "PV" followed by six digits. */
public record CustomerNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("PV\\d{6}");

    public CustomerNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a customer number: " + value);
        }
    }

    /** Whether {@code value} is written as a customer number: "PV" and six digits, nothing else. */
    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static CustomerNumber of(int sequence) {
        return new CustomerNumber(String.format("PV%06d", sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
