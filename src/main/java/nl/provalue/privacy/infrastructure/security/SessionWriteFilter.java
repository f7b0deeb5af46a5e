package nl.provalue.privacy.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Where sessions are kept in the database (liberty/cluster/cluster.xml), Liberty writes a session
 * when the request ends, but a redirect would be on its way to the browser before that, and the
 * browser follows it at once, perhaps to another server, which would read the session as it was
 * before this request: the message of a saved form ("Verzoek ... is geregistreerd"), which Faces
 * keeps for the page the redirect leads to only after it has asked for the redirect, would be
 * missing. So a redirect is held back until the request is done, the session is written, and only
 * then does the redirect leave. An answer flushed early has the session written before its first
 * flush. On one server, with sessions in memory, writing does nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionWriteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionWriteFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HeldRedirect held = new HeldRedirect(request, response);
        chain.doFilter(request, held);
        if (held.location != null) {
            writeSession(request);
            if (response.isCommitted()) {
                LOG.warning(
                        () -> "A redirect to " + held.location + " could not be sent: the answer had already begun");
                return;
            }
            response.sendRedirect(held.location);
        }
    }

    private static void writeSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SessionStore.writeNow(session);
        }
    }

    /** The response as the portal sees it: a redirect asked for counts as sent, but waits here. */
    private static final class HeldRedirect extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private String location;
        private boolean flushed;

        HeldRedirect(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String target) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The answer has already begun");
            }
            resetBuffer();
            location = target;
        }

        @Override
        public boolean isCommitted() {
            return location != null || super.isCommitted();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (location != null) {
                return;
            }
            if (!flushed) {
                flushed = true;
                writeSession(request);
            }
            super.flushBuffer();
        }
    }
}
