package nl.provalue.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.provalue.privacy.application.signin.SignInService;
import nl.provalue.privacy.infrastructure.security.SessionLogin;

/**
 * Ends the login and the session, then shows the login page. Only a POST from the portal's own
 * pages logs out (the request guard refuses one from another site); a link or an image elsewhere
 * cannot log anybody out, so GET is not allowed.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    SignInService signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(SessionLogin.ATTRIBUTE) instanceof SessionLogin login) {
                signIn.signOut(login.sessionId(), login.username(), login.role());
            }
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
