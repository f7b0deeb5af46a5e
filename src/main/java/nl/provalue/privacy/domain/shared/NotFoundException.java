package nl.provalue.privacy.domain.shared;

/** Something asked for by id does not exist, or does not exist for the one asking; the web layer answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
