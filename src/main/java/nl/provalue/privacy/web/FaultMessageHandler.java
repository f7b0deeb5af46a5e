package nl.provalue.privacy.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.Fault;

/**
 * A fault while a form is handled (a rule that refuses, something gone meanwhile, a change made
 * by someone else at the same moment, the database away, or a defect) becomes a message on the
 * same page, in the person's language, instead of the error page: what they typed stays, and they
 * can try again. Faults while the page itself is being drawn, and expired pages, go on to the
 * next handler.
 */
public class FaultMessageHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FaultMessageHandler.class.getName());

    public FaultMessageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            ExceptionQueuedEventContext context = events.next().getContext();
            Throwable error = context.getException();
            if (!handlesHere(faces, context, error)) {
                continue;
            }
            events.remove();
            Fault fault = Fault.of(error);
            if (fault == Fault.UNEXPECTED) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(
                        Level.SEVERE,
                        "Unexpected error on " + faces.getViewRoot().getViewId() + ", incident " + incident,
                        error);
                Pages.error(null, "fault.unexpected", incident);
            } else {
                LOG.log(fault == Fault.UNAVAILABLE ? Level.WARNING : Level.FINE, "Fault on a page: " + fault, error);
                Pages.error(null, Fault.messageKey(error));
            }
            if (faces.getPartialViewContext().isAjaxRequest()) {
                faces.getPartialViewContext().getRenderIds().addAll(messageAreas(faces));
            }
            faces.renderResponse();
        }
        getWrapped().handle();
    }

    /** Postbacks of a page that could be restored, before the answer is being drawn. */
    private static boolean handlesHere(FacesContext faces, ExceptionQueuedEventContext context, Throwable error) {
        if (faces == null || faces.getViewRoot() == null || !faces.isPostback() || faces.getResponseComplete()) {
            return false;
        }
        PhaseId phase = context.getPhaseId();
        if (phase == null || phase == PhaseId.RENDER_RESPONSE || phase == PhaseId.RESTORE_VIEW) {
            return false;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return false;
            }
        }
        return true;
    }

    /** Every message area of the page, so an ajax answer shows the message wherever the page has one. */
    private static List<String> messageAreas(FacesContext faces) {
        List<String> ids = new ArrayList<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (visit, component) -> {
            if (component instanceof UIMessages || isPrimeMessages(component)) {
                ids.add(component.getClientId(faces));
            }
            return VisitResult.ACCEPT;
        });
        return ids;
    }

    private static boolean isPrimeMessages(UIComponent component) {
        return component.getClass().getName().equals("org.primefaces.component.messages.Messages")
                || component.getClass().getName().equals("org.primefaces.component.growl.Growl");
    }

    /** Registered in faces-config.xml, after the handler for expired pages. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FaultMessageHandler(getWrapped().getExceptionHandler());
        }
    }
}
