package nl.provalue.privacy.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads the fields of a JSON body strictly: a field of the wrong JSON type (a number or
 * {@code true} where text belongs, text where a number belongs), a number out of range or an
 * unknown value is refused with the field's name, never converted into something else.
 */
final class JsonFields {

    /** A field at fault; the API answers 400 naming it. */
    static final class BadField extends IllegalArgumentException {
        private final String field;
        private final String problem;

        BadField(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
        }

        String field() {
            return field;
        }

        /** What is wrong with the field, without its name. */
        String problem() {
            return problem;
        }
    }

    private JsonFields() {}

    /** The body as an object; an array, a number, text, null or nothing at all is refused. */
    static JsonObject object(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw new BadField("body", "a JSON object is required");
        }
        return object;
    }

    /** Text, or null when absent or null; anything else is refused. */
    static String text(JsonObject body, String field, boolean required) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new BadField(field, "required");
            }
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new BadField(field, "must be text");
        }
        if (required && s.getString().isBlank()) {
            throw new BadField(field, "required");
        }
        if (!wellFormed(s.getString())) {
            throw new BadField(field, "contains a character that is not valid Unicode (a lone surrogate)");
        }
        return s.getString();
    }

    /** Whether every surrogate is one of a pair: text that UTF-8 can hold without replacing anything. */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static <E extends Enum<E>> E choice(JsonObject body, String field, Class<E> type, boolean required) {
        String name = text(body, field, required);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new BadField(field, "unknown value; one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A whole number within the bounds, or null when absent or null. */
    static Long whole(JsonObject body, String field, long min, long max, boolean required) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new BadField(field, "required");
            }
            return null;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new BadField(field, "must be a whole number");
        }
        java.math.BigInteger big = n.bigIntegerValue();
        if (big.compareTo(java.math.BigInteger.valueOf(min)) < 0
                || big.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw new BadField(field, "must be from " + min + " to " + max);
        }
        return big.longValueExact();
    }
}
