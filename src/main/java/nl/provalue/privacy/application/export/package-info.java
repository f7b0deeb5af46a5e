/**
 * The customer's data export (GDPR access and portability, all policy ids): the tables it holds,
 * each one column list rendered to {@code data.json}, to RFC 4180 CSV for programs and to CSV
 * that Dutch Excel opens by double-click, and the summary that says what each file holds.
 */
package nl.provalue.privacy.application.export;
