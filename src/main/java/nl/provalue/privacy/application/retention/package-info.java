/**
 * Running the retention rules (P3, P4, P5, P6, P7, P8): {@code RetentionService} runs every
 * {@code RetentionTask} the one way (a lease per rule, the due moment fixed when the run starts,
 * batches in transactions of their own through {@code RetentionBatches}); {@code RetentionDesk}
 * shows staff what was removed and runs a rule now; {@code WebLogDesk} and {@code LogBudgets} are
 * P6's storage budgets. The tasks are in {@code infrastructure.retention}, except
 * {@code DepartedCustomerErasure} (P8), which {@code Departures} carries out through the domain's
 * repositories and {@code DepartureStore}: ending a contract, closing the login, erasing at the end
 * of the contract and at the end of the administration. Uses {@code application} and
 * {@code domain.retention}, {@code domain.customer}, {@code domain.registration}, {@code domain.mail},
 * {@code domain.web}, {@code domain.audit}, {@code domain.account}, {@code domain.shared}.
 */
package nl.provalue.privacy.application.retention;
