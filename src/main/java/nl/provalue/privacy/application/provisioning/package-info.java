/**
 * The provider's customer system keeps the portal true (P1): it reads and puts the whole state of
 * one customer by customer number ({@code Provisioning}), with a version tag so that two systems
 * cannot overwrite each other unseen ({@code PreconditionException}), and each change is recorded
 * as a change the customer sees, with source "our customer system". A name that belongs to another
 * customer is refused ({@code HeldElsewhereException}). The first day's bulk load makes many
 * customers a batch at a time, checking names for the whole batch in a few reads. Only a key with the PROVISIONING scope calls
 * it. Uses the domain and {@code application} (the caller, the audit trail).
 */
package nl.provalue.privacy.application.provisioning;
