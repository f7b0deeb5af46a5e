package nl.provalue.privacy.web.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.CustomerOverview;
import nl.provalue.privacy.application.CustomerOverviewService;

/**
 * The customer's home screen: a summary of everything held about them. The page has no form and
 * its view keeps no state ({@link nl.provalue.privacy.web.PlainPages}), so the bean lives for
 * one request.
 */
@Named
@RequestScoped
public class CustomerHomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerOverviewService overviews;

    @Inject
    CurrentCaller caller;

    private CustomerOverview overview;

    public void load() {
        overview = overviews.overviewOf(caller.customerId());
    }

    public CustomerOverview getOverview() {
        return overview;
    }
}
