package nl.provalue.privacy.application.retention;

/** P6: the configured storage budgets of access logs. */
public interface LogBudgets {

    /** The budget of a website's access log when the website has none of its own. */
    long defaultBudgetPerSite();

    /** The budget of all access logs together; 0 when there is none. */
    long totalBudget();

    /** Staff set the budget of all access logs together (0: none), inside the caller's transaction. */
    void changeTotalBudget(long bytes, String by, java.time.Instant at);
}
