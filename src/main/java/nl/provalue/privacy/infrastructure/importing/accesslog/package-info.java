/**
 * P6, and the bytes P3 counts: reading web server access logs. {@code AccessLogParser} reads a line
 * of Apache httpd or nginx (common, combined, with or without virtual host) into an
 * {@code AccessLogLine}, or says why not ({@code ParseResult}); {@code LineKeys} gives each line a
 * key, so a file imported again stores nothing twice. Pure parsing: uses nothing of the portal.
 */
package nl.provalue.privacy.infrastructure.importing.accesslog;
