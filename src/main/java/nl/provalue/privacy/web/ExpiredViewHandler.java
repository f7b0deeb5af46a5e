package nl.provalue.privacy.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A form whose page can no longer be restored (open too long, the session ended, or a view state
 * that was never the portal's) leads to the "page expired" page, for ajax requests as for full
 * ones, instead of an error. Everything else goes on to the next handler.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            if (isExpired(error, faces)) {
                events.remove();
                LOG.log(Level.FINE, "Form of a page that cannot be restored", error);
                if (!faces.getResponseComplete()) {
                    try {
                        faces.getExternalContext()
                                .redirect(faces.getExternalContext().getRequestContextPath() + EXPIRED_PAGE);
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                    faces.responseComplete();
                }
            }
        }
        getWrapped().handle();
    }

    /** A view that expired, or a postback whose view could not be restored at all. */
    private static boolean isExpired(Throwable error, FacesContext faces) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return faces != null && faces.getViewRoot() == null && faces.isPostback();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
