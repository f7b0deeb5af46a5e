package nl.provalue.privacy.application.provisioning;

import java.time.LocalDate;

/**
 * P8: the customer's contract has ended. Their number is no longer provisioned: it cannot be read,
 * changed or given to someone else, while what is kept of them follows its retention.
 */
public class CustomerLeftException extends RuntimeException {

    private final LocalDate lastDay;

    public CustomerLeftException(String customerNumber, LocalDate lastDay) {
        super("The contract of customer " + customerNumber + " ended after " + lastDay
                + "; what is kept of them follows its retention and is not provisioned any more.");
        this.lastDay = lastDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }
}
