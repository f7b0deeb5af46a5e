package nl.provalue.privacy.domain.customer;

/** P2: data is stored electronically and, where relevant, also on paper. */
public enum StorageMedium {
    ELECTRONIC,
    PAPER,
    BOTH;

    public boolean includesPaper() {
        return this != ELECTRONIC;
    }
}
