/**
 * What happens when the application starts: {@code PortalStartup} checks the size settings,
 * migrates and validates the schema, loads demo data where wanted, then starts the schedules
 * (retention, interrupted imports, the followed mail log, the mail outbox); {@code LoginWarmUp}
 * asks for the login page once; {@code StartupState} tells readiness when all is done. No rule of
 * the policy here. Uses only infrastructure: {@code demo}, {@code importing},
 * {@code importing.follow}, {@code mail}, {@code persistence}, {@code retention}, {@code security}.
 */
package nl.provalue.privacy.infrastructure.startup;
