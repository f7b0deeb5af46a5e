package nl.provalue.privacy.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.StaffOverview;
import nl.provalue.privacy.application.StaffOverviewService;

/** The staff home screen. */
@Named
@RequestScoped
public class StaffHomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffOverviewService overviews;

    @Inject
    CurrentCaller caller;

    private StaffOverview overview;

    public void load() {
        overview = overviews.overviewFor(caller.staffMemberId());
    }

    public StaffOverview getOverview() {
        return overview;
    }
}
