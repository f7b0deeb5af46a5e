package nl.provalue.privacy.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.Statement;

/** How many rows a JDBC batch changed, whichever way the driver reports it. */
public final class BatchCounts {

    private BatchCounts() {}

    /**
     * The rows the batch just executed on the statement changed in all: the sum of its counts when
     * the driver gives one per statement (H2; MariaDB's driver without its bulk protocol), else the
     * statement's total (MariaDB's bulk protocol answers once for the whole batch and reports each
     * row as {@link Statement#SUCCESS_NO_INFO}).
     *
     * @return the number of rows, or -1 when the driver does not say
     */
    public static long rowsChanged(Statement statement, int[] counts) throws SQLException {
        long sum = 0;
        for (int count : counts) {
            if (count < 0) {
                long total = statement.getLargeUpdateCount();
                return total >= 0 ? total : -1;
            }
            sum += count;
        }
        return sum;
    }
}
