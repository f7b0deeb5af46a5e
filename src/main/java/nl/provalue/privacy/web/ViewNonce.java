package nl.provalue.privacy.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.Map;

/**
 * PrimeFaces' content-security nonce of a view, kept so that the session can move to another
 * server (liberty/cluster/cluster.xml).
 *
 * <p>PrimeFaces keeps the nonce of a page in the page's view map, to check that every later
 * request of the page sends the same one back. In Liberty's Faces, a value put in the view map is
 * held under a key of a MyFaces class that another server cannot read back from the session store
 * (its package is not open to deserialization), and the whole session would be lost there. So
 * the nonce leaves the view map at the end of each request, before the session is written, and is
 * kept in this view-scoped bean instead, a plain string; the next request of the same page puts
 * it back before PrimeFaces checks it.
 */
@ViewScoped
public class ViewNonce implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The view-map key under which PrimeFaces keeps the nonce. */
    static final String KEY = "primefaces.nonce";

    private String nonce;

    String get() {
        return nonce;
    }

    void set(String nonce) {
        this.nonce = nonce;
    }

    /** Moves the nonce out of the view map after each request and back in before the next. */
    public static class Carrier implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            UIViewRoot root = context.getViewRoot();
            if (root == null || root.isTransient()) {
                return;
            }
            if (event.getPhaseId() == PhaseId.RESTORE_VIEW
                    && (context.isPostback() || context.getPartialViewContext().isAjaxRequest())) {
                String kept = holder().get();
                if (kept != null) {
                    root.getViewMap(true).put(KEY, kept);
                }
            }
            // The request ends here (a page drawn, or a redirect after a form): the session is
            // written next.
            if (event.getPhaseId() == PhaseId.RENDER_RESPONSE || context.getResponseComplete()) {
                Map<String, Object> map = root.getViewMap(false);
                if (map != null && map.containsKey(KEY)) {
                    holder().set((String) map.remove(KEY));
                }
            }
        }

        @Override
        public void beforePhase(PhaseEvent event) {}

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.ANY_PHASE;
        }

        private static ViewNonce holder() {
            return CDI.current().select(ViewNonce.class).get();
        }
    }
}
