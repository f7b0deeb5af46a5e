package nl.provalue.privacy.application.provisioning;

/** A domain name, mailbox address or host name the state names that belongs to another customer. */
public class HeldElsewhereException extends RuntimeException {

    private final String field;

    public HeldElsewhereException(String field, String name) {
        super(name + " belongs to another customer");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
