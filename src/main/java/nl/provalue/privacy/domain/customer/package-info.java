/**
 * The customer and what the provider holds about them: {@code Customer}, {@code CustomerNumber},
 * each {@code PersonalDataItem} with its source ({@code ItemSource}, P1), its storage
 * ({@code StorageMedium}, P2) and its purposes ({@code DataCategory}, P8), the paper register
 * ({@code PaperRecord}, P2), and the contact details with the rules a correction must pass and the
 * record of each corrected field ({@code ContactDetails}, {@code ContactRules},
 * {@code ValidContact}, {@code ContactChange}; P1). {@code CustomerRepository} is the store's
 * interface. Uses only {@code domain.shared} and {@code domain.staff} (who recorded an item).
 */
package nl.provalue.privacy.domain.customer;
