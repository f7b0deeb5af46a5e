package nl.provalue.privacy.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import nl.provalue.privacy.infrastructure.security.TransportPolicy;

/**
 * The session cookie is {@code HttpOnly} and {@code SameSite=Lax} (web.xml), and {@code Secure}
 * wherever HTTPS is required, so a session that began over HTTPS is never sent over plain HTTP.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(TransportPolicy.current().httpsOnly());
        cookie.setAttribute("SameSite", "Lax");
    }
}
