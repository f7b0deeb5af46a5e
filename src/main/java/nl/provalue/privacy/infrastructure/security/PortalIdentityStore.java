package nl.provalue.privacy.infrastructure.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import nl.provalue.privacy.application.AccountService;

/** Checks user name and password against the accounts in the database; the role becomes the group. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(role -> new CredentialValidationResult(login.getCaller(), Set.of(role.name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
