/**
 * P10: the public RDAP service, without login ({@code RdapServlet}; RFC 7480, 9082, 9083),
 * answering from the same public record as the customer's preview; errors as RDAP JSON
 * ({@code RdapErrorFilter}); the path exactly as sent ({@code RdapPath}); answers with a byte-exact
 * length and the CORS header ({@code RdapAnswer}). Uses {@code application.registration},
 * {@code domain.registration} ({@code IdnaName}) and {@code web} ({@code Problems}).
 */
package nl.provalue.privacy.web.rdap;
