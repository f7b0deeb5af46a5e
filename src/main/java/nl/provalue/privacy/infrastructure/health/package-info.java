/**
 * {@code DatabaseReadinessCheck}: the portal is ready only when the database answers and start-up
 * is done. The answer is public, so it says whether things are up, never which database runs
 * underneath. No rule of the policy here. Uses only {@code infrastructure.startup}
 * ({@code StartupState}).
 */
package nl.provalue.privacy.infrastructure.health;
