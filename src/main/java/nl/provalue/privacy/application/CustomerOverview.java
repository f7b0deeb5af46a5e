package nl.provalue.privacy.application;

import java.time.Instant;

/**
 * What a customer's home screen shows: who they are and how much of each kind of data we hold.
 * The mail-log lines are counted up to {@code MailLogQuery.OVERVIEW_COUNT_CAP}; {@code mailLogEntriesMore}
 * says there are more.
 */
public record CustomerOverview(
        String customerNumber,
        String fullName,
        String email,
        String postalAddress,
        String phone,
        long personalDataItems,
        long paperRecords,
        long websites,
        long mailboxes,
        long mailLogEntries,
        boolean mailLogEntriesMore,
        Instant oldestMailLogEntry,
        Instant oldestMailLogEntryDeletion,
        long domains,
        long liveBackups,
        long visibleDisclosures,
        long staffViews) {}
