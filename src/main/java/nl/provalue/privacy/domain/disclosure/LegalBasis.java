package nl.provalue.privacy.domain.disclosure;

/** P11, P13: the statute a request relies on. */
public enum LegalBasis {
    /** Wetboek van Strafvordering art. 126na / 126nc: subscriber data. */
    SV_SUBSCRIBER_DATA,
    /** Wetboek van Strafvordering art. 126n: traffic data. */
    SV_TRAFFIC_DATA,
    /** Wetboek van Strafvordering art. 126ng: stored content. */
    SV_STORED_CONTENT,
    /** Wetboek van Strafvordering art. 126m: interception of communication. */
    SV_INTERCEPTION,
    /** Telecommunicatiewet hoofdstuk 13: the provider's duty to enable interception (P13). */
    TW_INTERCEPTION_DUTY,
    /** Wet op de inlichtingen- en veiligheidsdiensten 2017. */
    WIV_2017,
    /** A civil court order or subpoena (dagvaarding). */
    CIVIL_SUBPOENA,
    /** ICANN Registration Data Policy: disclosure for a legitimate interest. */
    ICANN_LEGITIMATE_INTEREST
}
