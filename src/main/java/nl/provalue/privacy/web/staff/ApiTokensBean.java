package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import nl.provalue.privacy.application.apitoken.ApiTokens;
import nl.provalue.privacy.application.apitoken.ApiTokens.TokenView;
import nl.provalue.privacy.domain.apitoken.ApiScope;
import nl.provalue.privacy.domain.apitoken.ApiToken;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.web.Pages;

/** The keys of the provider's own systems: every staff member sees them, administrators make and revoke them. */
@Named
@ViewScoped
public class ApiTokensBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A new key's last day unless the administrator picks another. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    ApiTokens tokens;

    private List<TokenView> list = List.of();
    private boolean canManage;
    private String name;
    private ApiScope[] scopes;
    private LocalDate lastDay = LocalDate.now(PolicyClock.PROVIDER_ZONE).plusDays(DEFAULT_DAYS);
    /** The key just made, shown this once; gone with the next action. */
    private String newSecret;

    private String newName;

    public void load() {
        canManage = tokens.canManage();
        list = tokens.list();
    }

    public void create() {
        newSecret = null;
        try {
            ApiTokens.Created created = tokens.create(
                    name,
                    scopes == null || scopes.length == 0
                            ? EnumSet.noneOf(ApiScope.class)
                            : EnumSet.copyOf(Arrays.asList(scopes)),
                    lastDay);
            newSecret = created.secret();
            newName = created.token().name();
            name = null;
            scopes = null;
            list = tokens.list();
        } catch (ApiToken.Refused e) {
            Pages.error(fieldOf(e.problem()), e.problem().messageKey(), ApiToken.MAX_NAME_LENGTH, ApiToken.MAX_DAYS);
        }
    }

    public void revoke(long id) {
        newSecret = null;
        try {
            TokenView revoked = tokens.revoke(id);
            Pages.info("apiTokens.revoked", revoked.name());
        } catch (NotFoundException e) {
            Pages.error(null, "apiTokens.gone");
        }
        list = tokens.list();
    }

    private static String fieldOf(ApiToken.Problem problem) {
        return switch (problem) {
            case NAME_MISSING, NAME_TOO_LONG, NAME_INVALID, NAME_TAKEN -> "tokens:name";
            case NO_SCOPE -> "tokens:scopes";
            case EXPIRY_MISSING, EXPIRY_PAST, EXPIRY_TOO_FAR -> "tokens:lastDay";
        };
    }

    public List<TokenView> getList() {
        return list;
    }

    public boolean isCanManage() {
        return canManage;
    }

    public ApiScope[] getAllScopes() {
        return ApiScope.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiScope[] getScopes() {
        return scopes;
    }

    public void setScopes(ApiScope[] scopes) {
        this.scopes = scopes;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getNewName() {
        return newName;
    }
}
