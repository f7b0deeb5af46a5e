/**
 * Rights under the GDPR (access, rectification, erasure, restriction, objection), which no clause
 * of the policy names: {@code RightsRequest} with its steps ({@code RightsRequestEvent}), type,
 * channel and status, the {@code StatutoryDeadline} (one month from receipt, once extended by two),
 * and {@code ErasureAssessment}, what an erasure can remove per kept category.
 * {@code RightsRequestRepository} is the store's interface. Uses only {@code domain.customer},
 * {@code domain.retention} ({@code KeptCategory}) and {@code domain.shared}.
 */
package nl.provalue.privacy.domain.rights;
