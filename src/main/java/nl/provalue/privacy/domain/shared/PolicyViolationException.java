package nl.provalue.privacy.domain.shared;

/**
 * A change that would break a rule of the privacy policy. The message key names the rule and is
 * resolved in the web layer's resource bundles; the policy id (P1..P13) is part of the key.
 */
public class PolicyViolationException extends RuntimeException {

    private final String messageKey;

    public PolicyViolationException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
