/**
 * What every screen and servlet shares: the filters every request passes
 * ({@code RequestGuardFilter} against forged requests, {@code SecurityHeadersFilter},
 * {@code LanguageFilter}), the page's language, formats and messages ({@code Language},
 * {@code Formats}, {@code Pages}, {@code Problems}), paged tables ({@code PagedModel},
 * {@code KeysetPaging}), the staff openings of a customer's data ({@code StaffAccessesModel}, P12)
 * and an item's document ({@code ItemDocumentServlet}, P1). Uses {@code application} with its
 * {@code desk} and {@code signin}, {@code domain.account}, {@code domain.shared}, and
 * {@code infrastructure.security} (session login, origin, HTTPS policy).
 */
package nl.provalue.privacy.web;
