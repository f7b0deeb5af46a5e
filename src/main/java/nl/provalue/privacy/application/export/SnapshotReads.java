package nl.provalue.privacy.application.export;

/**
 * Makes the current transaction, before its first read, one consistent and read-only picture of
 * the database: every later read in it sees the data of one moment, and a write is refused. The
 * portal's connections otherwise read committed data statement by statement.
 */
public interface SnapshotReads {

    void startReadOnlySnapshot();
}
