package nl.provalue.privacy.application.signin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.provalue.privacy.application.notification.Mailer;
import nl.provalue.privacy.domain.account.SignInClient;
import nl.provalue.privacy.domain.account.UserAccount;

/**
 * The e-mails about an account's security, in Dutch and then English (the portal does not know
 * which language a person reads until they sign in). Links point at the portal's public address
 * ({@code PORTAL_PUBLIC_URL}), never at whatever host a request named.
 */
@ApplicationScoped
public class SignInMails {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter NL =
            DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final String SIGNATURE = "\n\nProvalue B.V.\n";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SignInMails.class.getName());

    @Inject
    Mailer mailer;

    @Resource(lookup = "portal/publicUrl")
    String publicUrl;

    /** The address of a page of the portal, for links in mails. */
    public String link(String pathAndQuery) {
        String base = publicUrl == null ? "" : publicUrl.trim();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }

    /**
     * Queues a mail; an address the outbox refuses (one the contact form accepted but no mail
     * server would) is logged and skipped, so that the sign-in records around it still count.
     */
    private void send(UserAccount account, String subject, String body) {
        try {
            mailer.send(account.email(), subject, body);
        } catch (IllegalArgumentException e) {
            LOG.warning("No mail to account " + account.id() + ": " + e.getMessage());
        }
    }

    void locked(UserAccount account, Instant until, SignInClient client, Instant now) {
        send(
                account,
                "Inloggen tijdelijk geblokkeerd / Sign-in temporarily locked",
                "Beste " + account.displayName() + ",\n\n"
                        + "Er is "
                        + "meerdere keren met een verkeerd wachtwoord of verkeerde code geprobeerd in te loggen op uw"
                        + " Provalue-account (" + account.username() + "), het laatst op "
                        + NL.format(now.atZone(AMSTERDAM))
                        + " vanaf " + client.address() + ". Daarom kan er tot " + NL.format(until.atZone(AMSTERDAM))
                        + " niet worden ingelogd.\n"
                        + "Was u dit zelf, dan hoeft u niets te doen. Was u dit niet, kies dan na die tijd een nieuw wachtwoord via "
                        + link("/forgot-password.xhtml") + " en neem contact met ons op.\n\n"
                        + "---\n\n"
                        + "Dear " + account.displayName() + ",\n\n"
                        + "Someone tried several times to sign in to your Provalue account (" + account.username()
                        + ") with a wrong password or code, most recently on " + EN.format(now.atZone(AMSTERDAM))
                        + " from " + client.address() + ". Signing in is therefore not possible until "
                        + EN.format(until.atZone(AMSTERDAM)) + ".\n"
                        + "If this was you, there is nothing to do. If it was not, choose a new password afterwards at "
                        + link("/forgot-password.xhtml") + " and contact us." + SIGNATURE);
    }

    void recoveryCodeUsed(UserAccount account, long codesLeft, SignInClient client, Instant now) {
        send(
                account,
                "Herstelcode gebruikt / Recovery code used",
                "Beste " + account.displayName() + ",\n\n"
                        + "Op " + NL.format(now.atZone(AMSTERDAM)) + " is met een herstelcode ingelogd op uw account ("
                        + account.username() + ") vanaf " + client.address() + ". U heeft nog " + codesLeft
                        + " herstelcodes. Was u dit niet, wijzig dan direct uw wachtwoord.\n\n---\n\n"
                        + "Dear " + account.displayName() + ",\n\n"
                        + "On " + EN.format(now.atZone(AMSTERDAM)) + " someone signed in to your account ("
                        + account.username() + ") with a recovery code from " + client.address() + ". You have "
                        + codesLeft + " recovery codes left. If this was not you, change your password at once."
                        + SIGNATURE);
    }

    void passwordChanged(UserAccount account, Instant now) {
        send(
                account,
                "Uw wachtwoord is gewijzigd / Your password was changed",
                "Beste " + account.displayName() + ",\n\n"
                        + "Het wachtwoord van uw Provalue-account (" + account.username() + ") is gewijzigd op "
                        + NL.format(now.atZone(AMSTERDAM))
                        + ". Alle andere sessies zijn beëindigd. Was u dit niet, vraag dan"
                        + " een nieuw wachtwoord aan via " + link("/forgot-password.xhtml")
                        + " en neem contact met ons op.\n\n---\n\n"
                        + "Dear " + account.displayName() + ",\n\n"
                        + "The password of your Provalue account (" + account.username() + ") was changed on "
                        + EN.format(now.atZone(AMSTERDAM))
                        + ". All other sessions were ended. If this was not you, ask for a"
                        + " new password at " + link("/forgot-password.xhtml") + " and contact us." + SIGNATURE);
    }

    void resetLink(UserAccount account, String token, Instant expires) {
        String url = link("/reset-password.xhtml?token=" + token);
        send(
                account,
                "Nieuw wachtwoord kiezen / Choose a new password",
                "Beste " + account.displayName() + ",\n\n"
                        + "Via deze link kiest u een nieuw wachtwoord voor uw Provalue-account (" + account.username()
                        + "):\n\n"
                        + url + "\n\nDe link werkt één keer, tot " + NL.format(expires.atZone(AMSTERDAM))
                        + ". Heeft u niet om een nieuw wachtwoord gevraagd, dan kunt u deze e-mail negeren.\n\n---\n\n"
                        + "Dear " + account.displayName() + ",\n\n"
                        + "Use this link to choose a new password for your Provalue account (" + account.username()
                        + "):\n\n"
                        + url + "\n\nThe link works once, until " + EN.format(expires.atZone(AMSTERDAM))
                        + ". If you did not ask for a new password, you can ignore this e-mail." + SIGNATURE);
    }

    void activationLink(UserAccount account, String token, Instant expires) {
        String url = link("/reset-password.xhtml?token=" + token);
        send(
                account,
                "Uw Provalue-account activeren / Activate your Provalue account",
                "Beste " + account.displayName() + ",\n\n"
                        + "Er is een account voor u aangemaakt in het privacyportaal van Provalue, met gebruikersnaam "
                        + account.username() + ". Kies via deze link uw wachtwoord:\n\n" + url
                        + "\n\nDe link werkt één keer, tot " + NL.format(expires.atZone(AMSTERDAM)) + ".\n\n---\n\n"
                        + "Dear " + account.displayName() + ",\n\n"
                        + "An account was created for you in Provalue's privacy portal, with user name "
                        + account.username()
                        + ". Choose your password with this link:\n\n" + url
                        + "\n\nThe link works once, until " + EN.format(expires.atZone(AMSTERDAM)) + "." + SIGNATURE);
    }
}
