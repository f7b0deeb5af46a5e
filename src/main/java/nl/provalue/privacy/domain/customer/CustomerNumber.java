package nl.provalue.privacy.domain.customer;

import java.util.regex.Pattern;

/** The number on every invoice and letter: "PV" followed by six digits. */
public record CustomerNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("PV\\d{6}");

    public CustomerNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a customer number: " + value);
        }
    }

    public static CustomerNumber of(int sequence) {
        return new CustomerNumber(String.format("PV%06d", sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
