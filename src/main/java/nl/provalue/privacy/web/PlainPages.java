package nl.provalue.privacy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * Pages that need less than the rest.
 *
 * <p>Plain pages are built without PrimeFaces components and without a Faces form: signing in
 * (the password, code and authenticator steps), the customer overview and the error pages. The
 * layout gives them neither PrimeFaces' theme, icons and scripts nor its growl, only the portal's
 * own styles (a phone on a slow connection loads 13 KiB instead of 266 KiB; see
 * {@code primefaces.THEME} in web.xml).
 *
 * <p>Stateless pages have no Faces form: the plain pages, the public transparency report, the
 * customer's websites and "what we keep", and the staff home page. Their views are transient and
 * keep no state, so a visitor who only opens one of them, such as the sign-in page, the report or
 * a "not found" page, gets no HTTP session; their beans live for one request. (A view-scoped bean
 * on a page without a form is never cleaned up before the session ends: MyFaces destroys view
 * scopes only when it drops a saved view, and such a view is never saved. Each visit would leave
 * one more bean in the session.)
 *
 * <p>A page put on a list must not use what the list leaves out.
 */
@Named
@ApplicationScoped
public class PlainPages {

    static final Set<String> PLAIN = Set.of(
            "/login.xhtml",
            "/login-code.xhtml",
            "/login-enrol.xhtml",
            "/customer/index.xhtml",
            "/error/400.xhtml",
            "/error/403.xhtml",
            "/error/404.xhtml",
            "/error/500.xhtml",
            "/error/503.xhtml",
            "/error/expired.xhtml");

    static final Set<String> STATELESS = java.util.stream.Stream.concat(
                    PLAIN.stream(),
                    java.util.stream.Stream.of(
                            "/index.xhtml",
                            "/public/transparency.xhtml",
                            "/customer/websites.xhtml",
                            "/customer/what-we-keep.xhtml",
                            "/staff/index.xhtml"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether the view with this id is a plain page. */
    public boolean isPlain(String viewId) {
        return PLAIN.contains(viewId);
    }

    /**
     * Marks a stateless page's view transient as soon as it exists, before anything in the render
     * phase (PrimeFaces' content-security nonce above all) would store something in its view
     * scope and so open a session.
     */
    public static class TransientViews implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            if (context.getViewRoot() != null
                    && STATELESS.contains(context.getViewRoot().getViewId())) {
                context.getViewRoot().setTransient(true);
            }
        }

        @Override
        public void beforePhase(PhaseEvent event) {}

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }
    }
}
