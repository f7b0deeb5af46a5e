/**
 * The JPA implementations of the domain's repository interfaces, a {@code Jpa...Repository} each
 * (the outbox's is in {@code infrastructure.mail}). They decide no rule but carry several to the
 * database: keyset pages of the P4 mail log and the P6 access log (with MariaDB's index hints,
 * {@code IndexHints}), the P11 register chain, the P12 openings of a customer's data, and the one
 * writer of the P3 sign-in records. Uses the domain packages and {@code infrastructure.persistence}
 * ({@code SqlTime}).
 */
package nl.provalue.privacy.infrastructure.persistence.jpa;
