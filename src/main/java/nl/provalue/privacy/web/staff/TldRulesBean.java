package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.provalue.privacy.application.registration.TldRuleService;
import nl.provalue.privacy.application.registration.TldRuleService.RuleRow;
import nl.provalue.privacy.domain.registration.Publication;
import nl.provalue.privacy.domain.registration.TldPolicy;
import nl.provalue.privacy.web.Pages;

/** P10: the registries' publication rules, maintained by staff. */
@Named
@ViewScoped
public class TldRulesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TldRuleService service;

    private List<RuleRow> rules;
    private List<TldPolicy> policies;

    public void load() {
        // A list the table may sort in place (its columns sort).
        rules = new java.util.ArrayList<>(service.rules());
        policies = service.policies();
    }

    public void change(RuleRow row, Publication publication) {
        service.change(row.id(), publication);
        load();
        Pages.info(
                "tldrules.saved",
                "." + row.tld(),
                Pages.text("holderKind." + row.holderKind()),
                Pages.text("contactRole." + row.role()),
                Pages.text("regField." + row.field()),
                Pages.text("publication." + publication.name()));
    }

    public Publication[] getPublications() {
        return Publication.values();
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public List<TldPolicy> getPolicies() {
        return policies;
    }
}
