/**
 * The staff screens and their backing beans: customers and the privacy desk (P1, P2, P8, P12),
 * imports (P3, P4, P6), web logs (P6), backups (P7), retention runs, the disclosure register, its
 * requests and the transparency report (P9, P11, P13), with {@code AttachmentServlet} for an
 * attached order (P11), registration data requests and TLD rules (P10), rights requests, customer
 * logins and API keys. Uses the {@code application} packages, domain types (values and enums; no
 * repository: of {@code domain.web} only {@code WebsiteRepository.LogRemoval}, a value) and
 * {@code web}.
 */
package nl.provalue.privacy.web.staff;
