package nl.provalue.privacy.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.registration.PublicRecord;
import nl.provalue.privacy.application.registration.RdapDocument;
import nl.provalue.privacy.application.registration.WhoisExposureService;
import nl.provalue.privacy.application.registration.WhoisText;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.IdnaName;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.Pages;
import nl.provalue.privacy.web.rdap.RdapAnswer;

/** P10: per domain, what the public WHOIS/RDAP record shows, why, and the customer's consent. */
@Named
@ViewScoped
public class DomainsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WhoisExposureService whois;

    @Inject
    CurrentCaller caller;

    private List<PublicRecord> records;

    public void load() {
        records = whois.recordsOf(caller.customerId());
    }

    public List<PublicRecord> getRecords() {
        return records;
    }

    public void setConsent(String domain, ContactRole role, boolean consent) {
        try {
            whois.changeConsent(caller.customerId(), domain, role, consent);
            load();
            // The name as the customer reads it (straße.de), not its A-label.
            Pages.info(
                    consent ? "domains.consent.given" : "domains.consent.withdrawn",
                    IdnaName.ofStored(domain).unicode());
        } catch (PolicyViolationException | NotFoundException e) {
            Pages.error(null, "domains.consent.notAllowed");
        }
    }

    public String whoisText(PublicRecord record) {
        return WhoisText.of(record);
    }

    public String rdapJson(PublicRecord record) {
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)
                .write(RdapDocument.of(record, RdapAnswer.baseUrl((jakarta.servlet.http.HttpServletRequest)
                        jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest())));
        return out.toString().trim();
    }
}
