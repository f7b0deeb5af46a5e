/**
 * Pages without login, P11: the published transparency reports ({@code PublicTransparencyBean}) and
 * their banded figures as CSV ({@code TransparencyCsvServlet}). Uses {@code application}
 * ({@code Csv}), {@code application.disclosure} ({@code TransparencyReports}),
 * {@code domain.disclosure} ({@code HalfYear}) and {@code web}.
 */
package nl.provalue.privacy.web.pub;
