package nl.provalue.privacy.web.customer;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.CustomerOverview;
import nl.provalue.privacy.application.CustomerOverviewService;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.domain.retention.KeptCategory;

/**
 * "What we keep and why": every category with its purposes, legal ground, source, retention and
 * deletion, and for this customer how far back the logs reach today (P4, P6).
 */
@Named
@RequestScoped
public class WhatWeKeepBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CustomerOverviewService overviews;
    @Inject MyDataService myData;
    @Inject CurrentCaller caller;

    private CustomerOverview overview;
    private List<Site> sites;

    public void load() {
        overview = overviews.overviewOf(caller.customerId());
        sites = myData.websites(caller.customerId());
    }

    public List<KeptCategory> getCategories() {
        return List.of(KeptCategory.values());
    }

    public String policyIds(KeptCategory category) {
        return String.join(" · ", category.policyIds());
    }

    public CustomerOverview getOverview() { return overview; }
    public List<Site> getSites() { return sites; }
}
