package nl.provalue.privacy.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.importing.RawLogFileRetention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads the import service refuses before anything is recorded, each with its reason. */
class ImportServiceTest {

    private final List<String> stored = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private final ImportService service = new ImportService();

    @BeforeEach
    void setUp() {
        service.caller = new CurrentCaller() {
            @Override
            public Optional<Identity> identity() {
                return Optional.of(new Identity("anna", Role.STAFF, null, 1L));
            }
        };
        service.settings = new ImportSettings() {
            @Override
            public long maxFileBytes() {
                return 1 << 20;
            }

            @Override
            public RawLogFileRetention rawFiles() {
                throw new UnsupportedOperationException();
            }
        };
        service.files = new LogFileStore() {
            @Override
            public StoredLog store(String fileName, InputStream content, long maxBytes) {
                stored.add(fileName);
                return new StoredLog("/imports/" + fileName, 0, "e3b0c442");
            }

            @Override
            public List<StoredFile> writtenBefore(Instant before) {
                return List.of();
            }

            @Override
            public void delete(StoredLog log) {
                deleted.add(log.path());
            }

            @Override
            public void delete(String path) {
                deleted.add(path);
            }
        };
    }

    @Test
    void aNameLongerThanTheMaximumIsRefusedAsSuchBeforeAnythingIsStored() {
        String name = "x".repeat(ImportService.MAX_FILE_NAME + 1);
        LogRefusedException refused = assertThrows(
                LogRefusedException.class,
                () -> service.submit(ImportKind.POSTFIX, null, name, new ByteArrayInputStream(new byte[] {'x'})));
        assertEquals(LogRefusedException.Reason.NAME_TOO_LONG, refused.reason());
        assertEquals(List.of(), stored);
    }

    @Test
    void anEmptyLogIsRefusedAsSuchAndItsFileRemoved() {
        LogRefusedException refused = assertThrows(
                LogRefusedException.class,
                () -> service.submit(ImportKind.POSTFIX, null, "mail.log", new ByteArrayInputStream(new byte[0])));
        assertEquals(LogRefusedException.Reason.EMPTY, refused.reason());
        assertEquals(List.of("/imports/mail.log"), deleted);
    }
}
