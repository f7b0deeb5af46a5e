package nl.provalue.privacy.web.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.CustomerOverview;
import nl.provalue.privacy.application.CustomerOverviewService;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.application.retention.Departures;
import nl.provalue.privacy.domain.retention.Departure;
import nl.provalue.privacy.domain.retention.KeptCategory;

/**
 * "What we keep and why": every category with its purposes, legal ground, source, retention and
 * deletion, and for this customer how far back the logs reach today (P4, P6) and what happens to
 * each when the contract ends, with the dates once its end is known (P8).
 */
@Named
@RequestScoped
public class WhatWeKeepBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerOverviewService overviews;

    @Inject
    MyDataService myData;

    @Inject
    CurrentCaller caller;

    @Inject
    Departures departures;

    private CustomerOverview overview;
    private List<Site> sites;
    private Departures.Plan departure;

    public void load() {
        overview = overviews.overviewOf(caller.customerId());
        sites = myData.websites(caller.customerId());
        departure = departures.planOf(caller.customerId()).orElse(null);
    }

    /** P8: what becomes of the category when the contract ends. */
    public Departure.Fate fate(KeptCategory category) {
        return Departure.fate(category);
    }

    /** P8: the day that goes with it once the contract's end is known; null before that. */
    public LocalDate endDate(KeptCategory category) {
        return departure == null
                ? null
                : departure.outcomes().get(category.ordinal()).on();
    }

    public Departures.Plan getDeparture() {
        return departure;
    }

    public List<KeptCategory> getCategories() {
        return List.of(KeptCategory.values());
    }

    public CustomerOverview getOverview() {
        return overview;
    }

    public List<Site> getSites() {
        return sites;
    }
}
