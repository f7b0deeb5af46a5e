/**
 * {@code DemoDataGenerator} fills an empty database with believable customers, staff, domains,
 * websites, mailboxes, logs, backups and disclosure requests, so the portal shows something real on
 * first start. It decides no rule; its data keeps the domain's (mail log within P4's four weeks,
 * backups past P7's six months destroyed). Uses {@code application} ({@code AccountService}),
 * {@code application.disclosure} ({@code RegisterLedger}) and the domain packages; it names
 * {@code infrastructure.startup} in its javadoc only.
 */
package nl.provalue.privacy.infrastructure.demo;
