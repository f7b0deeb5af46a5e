package nl.provalue.privacy.application;

/** The caller may not do this; the web layer answers 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
