package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import nl.provalue.privacy.application.importing.ImportReport;
import nl.provalue.privacy.application.importing.ImportService;
import nl.provalue.privacy.application.importing.LogRefusedException;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.testsupport.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;

/**
 * What staff are told when an upload or a resume fails, and what the server log keeps of it, with
 * the import service replaced by one that fails and a Faces context of one English request.
 */
class ImportsBeanTest {

    private LogCapture capture;
    private List<LogRecord> log;
    private RuntimeException failure;
    private Faces faces;
    private ImportsBean bean;

    @BeforeEach
    void setUp() {
        capture = LogCapture.of(ImportsBean.class);
        log = capture.records();
        faces = new Faces();
        bean = new ImportsBean();
        bean.imports = new ImportService() {
            @Override
            public ImportReport submit(ImportKind kind, String site, String fileName, InputStream content) {
                throw failure;
            }

            @Override
            public ImportReport resume(long id) {
                throw failure;
            }
        };
        bean.setFile(upload("mail.log"));
    }

    @AfterEach
    void tearDown() {
        capture.close();
        faces.release();
    }

    @Test
    void anUploadThatCannotBeStoredIsToldAndLogged() {
        failure = new UncheckedIOException("Cannot store the uploaded log", new IOException("No space left on device"));
        assertNull(bean.upload());
        assertEquals(List.of("The file could not be stored; nothing was imported."), faces.errors());
        assertEquals(
                List.of(Level.WARNING), log.stream().map(LogRecord::getLevel).toList());
        assertEquals(failure, log.get(0).getThrown());
    }

    /** Once every refused upload was "The file is empty", a name of 300 characters too. */
    @Test
    void aRefusedUploadIsToldWhyItWasRefused() {
        failure = new LogRefusedException(
                LogRefusedException.Reason.NAME_TOO_LONG, "A file name has at most 255 characters");
        assertNull(bean.upload());
        assertEquals(
                List.of("The file name is longer than 255 characters; nothing was imported."
                        + " Rename the file and try again."),
                faces.errors());

        failure = new LogRefusedException(LogRefusedException.Reason.EMPTY, "The log is empty");
        assertNull(bean.upload());
        assertEquals("The file is empty.", faces.errors().get(1));
    }

    @Test
    void anImportThatCannotBeResumedIsToldAndLogged() {
        failure = new IllegalStateException("Import 7 is COMPLETED and cannot be resumed");
        bean.resume(7);
        assertEquals(List.of("Import 7 cannot be resumed."), faces.errors());
        assertEquals(
                List.of(Level.WARNING), log.stream().map(LogRecord::getLevel).toList());
        assertInstanceOf(IllegalStateException.class, log.get(0).getThrown());
    }

    private static UploadedFile upload(String name) {
        byte[] content = "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed\n".getBytes();
        return (UploadedFile) Proxy.newProxyInstance(
                ImportsBeanTest.class.getClassLoader(),
                new Class<?>[] {UploadedFile.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getFileName" -> name;
                    case "getSize" -> (long) content.length;
                    case "getInputStream" -> new ByteArrayInputStream(content);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The Faces context of one request whose visitor chose English; it keeps the messages added. */
    private static final class Faces extends FacesContextWrapper {

        private final List<FacesMessage> messages = new ArrayList<>();
        private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                ImportsBeanTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getAttribute") ? Locale.ENGLISH : null);
        private final ExternalContext external = new ExternalContextWrapper(null) {
            @Override
            public Object getRequest() {
                return request;
            }
        };

        Faces() {
            super(null);
            setCurrentInstance(this);
        }

        List<String> errors() {
            return messages.stream()
                    .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)
                    .map(FacesMessage::getSummary)
                    .toList();
        }

        @Override
        public ExternalContext getExternalContext() {
            return external;
        }

        @Override
        public void addMessage(String clientId, FacesMessage message) {
            messages.add(message);
        }

        @Override
        public void release() {
            setCurrentInstance(null);
        }
    }
}
