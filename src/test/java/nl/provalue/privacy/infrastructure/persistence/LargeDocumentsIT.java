package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import javax.sql.DataSource;
import nl.provalue.privacy.application.desk.DocumentStore;
import nl.provalue.privacy.application.desk.PrivacyDesk;
import nl.provalue.privacy.domain.disclosure.Attachment;
import nl.provalue.privacy.domain.disclosure.AttachmentStore;
import nl.provalue.privacy.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P1, P11 on a MariaDB with its default packet limit of 16 MB: documents up to the portal's 25 MB
 * are stored and come back byte for byte (a single row of that size is refused by the server).
 */
@ExtendWith(ArquillianExtension.class)
class LargeDocumentsIT {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(LargeDocumentsIT.class);
    }

    @Inject
    AttachmentStore attachments;

    @Inject
    DocumentStore documents;

    @Inject
    nl.provalue.privacy.application.disclosure.RegisterLedger ledger;

    @Inject
    nl.provalue.privacy.domain.disclosure.DisclosureRepository register;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Test
    void p11_anOrderOfTwentyMegabytesIsStoredAndReadBackWhole() throws Exception {
        long requestId = scalar("SELECT id FROM disclosure_request WHERE register_number = 'REG-2026-0011'");
        byte[] order = bytes(TWENTY_MB, 11);
        tx.begin();
        Attachment stored = attachments.store(
                requestId,
                "bevel-groot.pdf",
                "application/pdf",
                new ByteArrayInputStream(order),
                Instant.now(),
                "test");
        recordInTheRegister(requestId);
        tx.commit();
        assertEquals(TWENTY_MB, stored.sizeBytes());
        assertEquals(sha256(order), stored.sha256());
        assertTrue(
                scalar("SELECT count(*) FROM disclosure_attachment_part WHERE attachment_id = ?", stored.id()) > 1,
                "kept in parts below the packet limit");

        ByteArrayOutputStream back = new ByteArrayOutputStream(TWENTY_MB);
        attachments.copy(stored.id(), back);
        assertEquals(sha256(order), sha256(back.toByteArray()));
        assertTrue(
                attachments.recomputedFingerprints().get(requestId).contains("bevel-groot.pdf:" + sha256(order)),
                "the register's verification reads the parts too");
        assertTrue(
                ledger.verify().intact(),
                "the chain is whole with the large order: " + ledger.verify().problem());
    }

    @Test
    void p1_aLetterOfTwentyFiveMegabytesIsStoredAndReadBackWhole() throws Exception {
        String number = "PV8" + String.format("%05d", new Random().nextInt(100000));
        update(
                "INSERT INTO customer (customer_number, full_name, country_code, email, preferred_language, created_at)"
                        + " VALUES (?, 'Brief Groot', 'NL', 'brief.groot@example.nl', 'nl', CURRENT_TIMESTAMP)",
                number);
        long customer = scalar("SELECT id FROM customer WHERE customer_number = ?", number);
        update(
                "INSERT INTO personal_data_item (customer_id, category, label, item_value, source, received_at, storage,"
                        + " created_at) VALUES (?, 'CONTACT', 'Brief', 'Adreswijziging per brief', 'DOCUMENT', CURRENT_TIMESTAMP,"
                        + " 'ELECTRONIC', CURRENT_TIMESTAMP)",
                customer);
        long item = scalar("SELECT max(id) FROM personal_data_item WHERE customer_id = ?", customer);
        byte[] letter = bytes(25 * 1024 * 1024, 25);
        tx.begin();
        DocumentStore.StoredDocument stored = documents.store(
                item,
                new PrivacyDesk.Attachment("brief.pdf", "application/pdf", new ByteArrayInputStream(letter)),
                Instant.now(),
                "test");
        tx.commit();
        assertEquals(letter.length, stored.sizeBytes());
        assertEquals(sha256(letter), stored.sha256());

        ByteArrayOutputStream back = new ByteArrayOutputStream(letter.length);
        documents.copyTo(item, back);
        assertEquals(sha256(letter), sha256(back.toByteArray()));
    }

    @Test
    void anEmptyDocumentHasNoParts() throws Exception {
        long requestId = scalar("SELECT id FROM disclosure_request WHERE register_number = 'REG-2026-0011'");
        tx.begin();
        Attachment stored = attachments.store(
                requestId, "leeg.txt", "text/plain", InputStream.nullInputStream(), Instant.now(), "test");
        recordInTheRegister(requestId);
        tx.commit();
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        attachments.copy(stored.id(), back);
        assertEquals(0, back.size());
        assertTrue(attachments.recomputedFingerprints().get(requestId).contains("leeg.txt:" + sha256(new byte[0])));
        assertTrue(ledger.verify().intact(), ledger.verify().problem());
    }

    /** As the register does when staff attach an order: the chain records the new state, so it stays whole. */
    private void recordInTheRegister(long requestId) {
        ledger.append(
                register.find(requestId).orElseThrow(),
                nl.provalue.privacy.domain.disclosure.RegisterEventType.ATTACHMENT_ADDED,
                "test");
    }

    private long scalar(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = prepare(c, sql, args);
                ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = prepare(c, sql, args)) {
            p.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i]);
        }
        return p;
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
