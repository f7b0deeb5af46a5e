package nl.provalue.privacy.domain.provisioning;

/** A customer state that cannot be used, naming the field at fault (e.g. {@code domains[1].name}). */
public class InvalidStateException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidStateException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name. */
    public String problem() {
        return problem;
    }

    /** The same problem named from further out: {@code name} within {@code domains[1]} is {@code domains[1].name}. */
    public InvalidStateException within(String outer) {
        return new InvalidStateException(outer + "." + field, problem);
    }
}
