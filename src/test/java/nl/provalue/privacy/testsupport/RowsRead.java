package nl.provalue.privacy.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * How many rows MariaDB read for a query: the sum of its handler read counters for the connection
 * the query ran on, read before and after. In the server, inside one transaction, the portal's
 * repositories and the data source share that connection.
 */
public final class RowsRead {

    private final DataSource dataSource;
    /** What reading the counters itself adds to them, measured once. */
    private long overhead = -1;

    public RowsRead(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a piece of work gave, the rows MariaDB read for it and the time it took. */
    public record Counted<T>(T result, long rows, double millis) {}

    /** Runs {@code work} (inside the caller's transaction) and counts the rows read for it. */
    public <T> Counted<T> of(Callable<T> work) throws Exception {
        if (overhead < 0) {
            long[] a = connectionAndSum();
            long[] b = connectionAndSum();
            overhead = b[1] - a[1];
        }
        long[] before = connectionAndSum();
        long start = System.nanoTime();
        T result = work.call();
        double ms = (System.nanoTime() - start) / 1e6;
        long[] after = connectionAndSum();
        assertEquals(before[0], after[0], "the work ran on the connection whose counters were read");
        return new Counted<>(result, after[1] - before[1] - overhead, ms);
    }

    private long[] connectionAndSum() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            long connection;
            try (ResultSet rs = s.executeQuery("select connection_id()")) {
                rs.next();
                connection = rs.getLong(1);
            }
            return new long[] {connection, sum(c)};
        }
    }

    /** The sum of a connection's handler read counters. */
    public static long sum(Connection c) throws SQLException {
        long sum = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show session status like 'Handler_read%'")) {
            while (rs.next()) {
                sum += rs.getLong(2);
            }
        }
        return sum;
    }
}
