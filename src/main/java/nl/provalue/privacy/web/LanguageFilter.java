package nl.provalue.privacy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code ?lang=en} or {@code ?lang=nl} on any page switches the language and remembers it for a year. */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // From the query string only: reading parameters would consume a posted body (log uploads).
        String lang = QueryStrings.value(request.getQueryString(), "lang");
        if ("nl".equals(lang) || "en".equals(lang)) {
            Cookie cookie = new Cookie(Language.COOKIE, lang);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setSecure(nl.provalue.privacy.infrastructure.security.TransportPolicy.current()
                    .httpsOnly());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            request.setAttribute(Language.ATTRIBUTE, Language.fromCode(lang));
        }
        chain.doFilter(request, response);
    }
}
