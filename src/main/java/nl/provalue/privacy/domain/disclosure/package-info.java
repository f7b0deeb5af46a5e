/**
 * The register of lawful disclosure requests. {@code DisclosureRequest}: four eyes on every
 * decision (P11), interception orders with a secrecy period (P13), and the one rule of what the
 * customer sees ({@code visibleToCustomer}, P9); its types, legal bases and scopes; the
 * tamper-evident chain ({@code HashChain}, {@code RegisterEvent}, {@code RegisterHead});
 * attachments; and the half-yearly {@code TransparencyReport}, small counts in bands (P11). The
 * repositories are interfaces. Uses only {@code domain.customer}, {@code domain.shared} and
 * {@code domain.staff}.
 */
package nl.provalue.privacy.domain.disclosure;
