package nl.provalue.privacy.domain.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** P11: the newest link of the chain; appends lock it. */
@Entity
@Table(name = "register_head")
public class RegisterHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected RegisterHead() {}

    public void advanceTo(RegisterEvent event) {
        this.lastSeq = event.seq();
        this.lastHash = event.hash();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
