/**
 * Staff keep the register of lawful disclosure requests (P11, P13): {@code DisclosureRegister}
 * registers, reviews, decides (four eyes), hands over and closes, and records the secrecy decision
 * that governs what the customer sees (P9); {@code RegisterLedger} appends every change to the hash
 * chain and verifies it; {@code TransparencyReports} previews and publishes the half-yearly report.
 * Uses {@code application} ({@code CurrentCaller}, {@code AccessDeniedException}) and
 * {@code domain.disclosure}, {@code domain.customer}, {@code domain.staff}, {@code domain.account},
 * {@code domain.shared}.
 */
package nl.provalue.privacy.application.disclosure;
