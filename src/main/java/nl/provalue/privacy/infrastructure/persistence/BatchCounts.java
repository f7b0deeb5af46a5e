package nl.provalue.privacy.infrastructure.persistence;

import java.sql.Statement;

/** How many rows a JDBC batch changed, when the driver says so. */
public final class BatchCounts {

    private BatchCounts() {}

    /**
     * The rows a batch changed in all: the sum of its counts when the driver gives one per statement
     * (H2; MariaDB's driver in its bulk protocol when every row went in). When any count is
     * unknown ({@link Statement#SUCCESS_NO_INFO}: MariaDB's bulk protocol when some rows were
     * skipped), the total is unknown too: the statement's own update count then covers only the
     * first of the packets the driver may have split the batch into.
     *
     * @return the number of rows, or -1 when the driver does not say
     */
    public static long rowsChanged(int[] counts) {
        long sum = 0;
        for (int count : counts) {
            if (count < 0) {
                return -1;
            }
            sum += count;
        }
        return sum;
    }
}
