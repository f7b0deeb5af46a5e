package nl.provalue.privacy.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import nl.provalue.privacy.domain.account.Role;

/**
 * Standard form login ({@code j_security_check}, {@code j_username}, {@code j_password}) so that
 * browsers, scripts and tests log in the same way. Which pages need which role is in web.xml.
 */
@ApplicationScoped
@DeclareRoles({Role.CUSTOMER_NAME, Role.STAFF_NAME})
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml",
        errorPage = "/login.xhtml?error=true",
        useForwardToLogin = false))
public class SecurityConfiguration {
}
