package nl.provalue.privacy.domain.account;

/** What became of one sign-in attempt. */
public enum SignInOutcome {
    /** Password (and second factor where needed) accepted: signed in. */
    SIGNED_IN,
    /** Password accepted; the second factor is still to come. */
    PASSWORD_ACCEPTED,
    /** Unknown user name or wrong password: the two are not told apart. */
    WRONG_PASSWORD,
    /** Wrong or reused code of the second factor. */
    WRONG_CODE,
    /** Signed in with a one-time recovery code instead of the authenticator. */
    RECOVERY_CODE_USED,
    /** Refused without checking: too many failures (growing delay or temporary lock). */
    THROTTLED;

    /** Failures count towards the throttle; refusals by the throttle itself do not. */
    public boolean isFailure() {
        return this == WRONG_PASSWORD || this == WRONG_CODE;
    }
}
