package nl.provalue.privacy.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.List;
import nl.provalue.privacy.domain.shared.Purpose;
import org.junit.jupiter.api.Test;

class KeptCategoryTest {

    @Test
    void p3_signInRecordsAreTechnicalLogsKeptForInternalOperationsOnALegitimateInterest() {
        KeptCategory records = KeptCategory.SIGN_IN_RECORDS;
        assertEquals(List.of("P3"), records.policyIds());
        assertEquals(EnumSet.of(Purpose.INTERNAL_OPERATIONS), records.purposes());
        assertEquals(KeptCategory.LegalGround.LEGITIMATE_INTEREST, records.legalGround());
        assertEquals(
                RetentionRule.SIGN_IN_RECORDS.policyId(),
                records.policyIds().get(0),
                "the category and the rule that deletes it name the same clause");
    }

    @Test
    void everyCategoryNamesAPolicyClauseAndAPurpose() {
        for (KeptCategory c : KeptCategory.values()) {
            assertFalse(c.policyIds().isEmpty(), c + " names no policy clause");
            assertFalse(c.purposes().isEmpty(), c + " names no purpose");
        }
    }
}
