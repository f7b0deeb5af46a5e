/**
 * The staff privacy desk, {@code PrivacyDesk}: find a customer and open their data only with a
 * purpose and a reason, recorded and shown to the customer (P12); record what the customer gave
 * orally, on paper or by e-mail with its source, storage and purposes (P1, P2, P8), and the paper
 * records kept about them (P2). {@code DocumentStore} is the interface for the letters and e-mails
 * items came from (P1). Uses {@code application} and {@code domain.customer}, {@code domain.audit},
 * {@code domain.account}, {@code domain.staff}, {@code domain.shared}.
 */
package nl.provalue.privacy.application.desk;
