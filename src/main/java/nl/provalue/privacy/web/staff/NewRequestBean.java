package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import nl.provalue.privacy.application.disclosure.DisclosureRegister;
import nl.provalue.privacy.domain.disclosure.AuthorityType;
import nl.provalue.privacy.domain.disclosure.DataScope;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.LegalBasis;
import nl.provalue.privacy.domain.disclosure.RequestType;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.Pages;

/** P11, P13: registering an incoming request. */
@Named
@ViewScoped
public class NewRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureRegister register;

    @NotNull(message = "{register.required}")
    private RequestType type;

    @NotNull(message = "{register.required}")
    private AuthorityType authorityType;

    @NotBlank(message = "{register.required}")
    @Size(max = 200, message = "{contact.tooLong}")
    private String authorityName;

    @NotNull(message = "{register.required}")
    private LegalBasis legalBasis;

    @NotBlank(message = "{register.required}")
    @Size(max = 100, message = "{contact.tooLong}")
    private String reference;

    @NotNull(message = "{register.required}")
    private LocalDate receivedOn = LocalDate.now(PolicyClock.PROVIDER_ZONE);

    private LocalDate deadline;
    private LocalDate periodFrom;
    private LocalDate periodTo;

    @NotBlank(message = "{register.required}")
    @Size(max = 2000, message = "{contact.tooLong}")
    private String scope;

    @NotBlank(message = "{register.customers.required}")
    private String customerNumbers;

    private DataScope[] scopes;
    private LocalDate secrecyUntil;

    public String save() {
        try {
            String number = register.register(new DisclosureRegister.NewRequest(
                    type,
                    authorityType,
                    authorityName,
                    legalBasis,
                    reference,
                    receivedOn,
                    deadline,
                    periodFrom,
                    periodTo,
                    scope,
                    Arrays.stream(customerNumbers.split("[,;\\s]+"))
                            .filter(s -> !s.isBlank())
                            .toList(),
                    scopes == null || scopes.length == 0
                            ? EnumSet.noneOf(DataScope.class)
                            : EnumSet.copyOf(Arrays.asList(scopes)),
                    secrecyUntil));
            Pages.keepMessages();
            Pages.info("register.saved", number);
            return "/staff/register.xhtml?faces-redirect=true";
        } catch (NotFoundException e) {
            Pages.error("new:customers", "register.customers.unknown");
        } catch (PolicyViolationException e) {
            Pages.error(
                    DisclosureRequest.RECEIVED_IN_FUTURE.equals(e.getMessageKey()) ? "new:received" : null,
                    e.getMessageKey());
        }
        return null;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public AuthorityType[] getAuthorityTypes() {
        return AuthorityType.values();
    }

    public LegalBasis[] getLegalBases() {
        return LegalBasis.values();
    }

    public DataScope[] getAllScopes() {
        return DataScope.values();
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType v) {
        type = v;
    }

    public AuthorityType getAuthorityType() {
        return authorityType;
    }

    public void setAuthorityType(AuthorityType v) {
        authorityType = v;
    }

    public String getAuthorityName() {
        return authorityName;
    }

    public void setAuthorityName(String v) {
        authorityName = v;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis v) {
        legalBasis = v;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String v) {
        reference = v;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate v) {
        receivedOn = v;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate v) {
        deadline = v;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate v) {
        periodFrom = v;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate v) {
        periodTo = v;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String v) {
        scope = v;
    }

    public String getCustomerNumbers() {
        return customerNumbers;
    }

    public void setCustomerNumbers(String v) {
        customerNumbers = v;
    }

    public DataScope[] getScopes() {
        return scopes;
    }

    public void setScopes(DataScope[] v) {
        scopes = v;
    }

    public LocalDate getSecrecyUntil() {
        return secrecyUntil;
    }

    public void setSecrecyUntil(LocalDate v) {
        secrecyUntil = v;
    }
}
