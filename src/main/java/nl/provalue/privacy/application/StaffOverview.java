package nl.provalue.privacy.application;

/** What the staff home screen shows. */
public record StaffOverview(
        String staffName,
        String jobTitle,
        long customers,
        long openDisclosureRequests,
        long openRightsRequests,
        long overdueRightsRequests) {}
