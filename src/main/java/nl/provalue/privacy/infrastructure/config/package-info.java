/**
 * Settings the other infrastructure reads: {@code ByteSizes} parses a size setting ("512m") and
 * refuses, naming the setting, one that is not a size; {@code ClockProducer} gives every rule that
 * depends on time one {@code Clock}, so tests can fix it. No rule of the policy is decided here.
 * Uses nothing of the portal.
 */
package nl.provalue.privacy.infrastructure.config;
