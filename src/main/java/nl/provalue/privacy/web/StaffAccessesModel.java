package nl.provalue.privacy.web;

import java.util.List;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.StaffAccess;

/** P12: the openings of one customer's data by staff, a page at a time, for the customer and for staff. */
public class StaffAccessesModel extends PagedModel<StaffAccess> {

    private static final long serialVersionUID = 1L;

    private final MyDataService myData;
    private final long customerId;

    public StaffAccessesModel(MyDataService myData, long customerId) {
        this.myData = myData;
        this.customerId = customerId;
    }

    @Override
    protected long total() {
        return myData.countStaffAccesses(customerId);
    }

    @Override
    protected List<StaffAccess> page(int first, int size) {
        return myData.staffAccesses(customerId, first, size);
    }

    @Override
    protected long idOf(StaffAccess row) {
        return row.id();
    }
}
