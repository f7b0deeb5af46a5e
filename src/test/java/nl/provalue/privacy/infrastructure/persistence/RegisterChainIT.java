package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.provalue.privacy.application.disclosure.RegisterLedger;
import nl.provalue.privacy.domain.disclosure.HashChain;
import nl.provalue.privacy.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P11 against MariaDB: editing or deleting rows of the register directly in the database is
 * found by the verification, and putting them back makes the chain whole again.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterChainIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(RegisterChainIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    RegisterLedger ledger;

    @Inject
    nl.provalue.privacy.domain.disclosure.AttachmentStore attachments;

    @Inject
    nl.provalue.privacy.domain.disclosure.DisclosureRepository register;

    @Resource(lookup = "java:comp/UserTransaction")
    jakarta.transaction.UserTransaction tx;

    @Test
    void p11_directEditsAndDeletionsAreDetected() throws SQLException {
        HashChain.Verification start = ledger.verify();
        assertTrue(start.intact(), start.problem());
        assertTrue(start.eventsChecked() >= 7, "the demo requests' history is in the chain");

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery(
                    "select id, authority_name from disclosure_request where register_number = 'REG-2026-0007'");
            assertTrue(rs.next());
            long id = rs.getLong(1);
            String authority = rs.getString(2);

            s.executeUpdate("update disclosure_request set authority_name = 'Iemand anders' where id = " + id);
            HashChain.Verification edited = ledger.verify();
            assertFalse(edited.intact());
            assertTrue(edited.problem().contains("request " + id + " differs"), edited.problem());
            update(c, "update disclosure_request set authority_name = ? where id = " + id, authority);
            assertTrue(ledger.verify().intact());

            rs = s.executeQuery("select seq, actor from register_event where seq = 2");
            assertTrue(rs.next());
            String actor = rs.getString(2);
            s.executeUpdate("update register_event set actor = 'mallory' where seq = 2");
            HashChain.Verification forged = ledger.verify();
            assertFalse(forged.intact());
            assertEquals(2L, forged.firstBrokenSeq());
            update(c, "update register_event set actor = ? where seq = 2", actor);
            assertTrue(ledger.verify().intact());

            rs = s.executeQuery("select max(seq) from register_event");
            rs.next();
            long last = rs.getLong(1);
            s.executeUpdate("create temporary table saved_event as select * from register_event where seq = " + last);
            s.executeUpdate("delete from register_event where seq = " + last);
            HashChain.Verification truncated = ledger.verify();
            assertFalse(truncated.intact());
            assertTrue(truncated.problem().contains("head"), truncated.problem());
            s.executeUpdate("insert into register_event select * from saved_event");
            assertTrue(ledger.verify().intact());
        }
    }

    @Test
    void p11_aReplacedDocumentIsDetected() throws Exception {
        long requestId;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select id from disclosure_request where register_number = 'REG-2026-0011'");
            assertTrue(rs.next());
            requestId = rs.getLong(1);
        }
        byte[] order = "Bevel tot aftappen, OM-MN-2026-55120".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        tx.begin();
        var stored = attachments.store(
                requestId,
                "bevel.txt",
                "text/plain",
                new java.io.ByteArrayInputStream(order),
                java.time.Instant.now(),
                "test");
        ledger.append(
                register.find(requestId).orElseThrow(),
                nl.provalue.privacy.domain.disclosure.RegisterEventType.ATTACHMENT_ADDED,
                "test");
        tx.commit();
        assertEquals(
                java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(order)),
                stored.sha256());
        assertTrue(ledger.verify().intact());

        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "update disclosure_attachment_part set content = ? where attachment_id = ? and part_no = 0")) {
                p.setBytes(1, "Een ander bevel".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                p.setLong(2, stored.id());
                p.executeUpdate();
            }
            HashChain.Verification replaced = ledger.verify();
            assertFalse(replaced.intact());
            assertTrue(replaced.problem().contains("request " + requestId), replaced.problem());
            try (PreparedStatement p = c.prepareStatement(
                    "update disclosure_attachment_part set content = ? where attachment_id = ? and part_no = 0")) {
                p.setBytes(1, order);
                p.setLong(2, stored.id());
                p.executeUpdate();
            }
        }
        assertTrue(ledger.verify().intact());
    }

    private static void update(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            p.executeUpdate();
        }
    }
}
