package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.importing.ImportReport;
import nl.provalue.privacy.application.importing.ImportService;
import nl.provalue.privacy.application.importing.LogRefusedException;
import nl.provalue.privacy.application.importing.LogTooLargeException;
import nl.provalue.privacy.application.importing.MailLogFollowing;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.web.Formats;
import nl.provalue.privacy.web.PagedModel;
import nl.provalue.privacy.web.Pages;
import org.primefaces.model.file.UploadedFile;

/** P3, P4, P6: staff upload server logs for import and follow each import's progress. */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportsBean.class.getName());

    @Inject
    ImportService imports;

    @Inject
    Formats fmt;

    private ImportKind kind = ImportKind.POSTFIX;
    private String site;
    private transient UploadedFile file;
    private List<String> websites;
    private final ImportsModel model = new ImportsModel();
    private boolean anyOpen;
    private MailLogFollowing.Status follow;

    public void load() {
        if (websites == null) {
            websites = imports.websites();
        }
        refresh();
    }

    /** Re-reads whether any import is still running, for the progress poll. */
    public void refresh() {
        anyOpen = imports.recent(0, 20).stream().anyMatch(ImportReport::open);
        follow = imports.followStatus();
    }

    /** P4: when the followed mail log last grew, and how long ago, in the viewer's language. */
    public String getLastNewLines() {
        if (follow == null || follow.lastNewLinesAt() == null) {
            return Pages.text("imports.follow.never");
        }
        long minutes = Duration.between(follow.lastNewLinesAt(), Instant.now()).toMinutes();
        String at = fmt.dateTime(follow.lastNewLinesAt());
        return minutes < 1
                ? Pages.text("imports.follow.agoJustNow", at)
                : Pages.text("imports.follow.agoMinutes", at, minutes);
    }

    /** Starts the import; the page is submitted as a whole (multipart), not by ajax. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            Pages.error(null, "imports.noFile");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport started =
                    imports.submit(kind, kind == ImportKind.ACCESS_LOG ? site : null, file.getFileName(), in);
            Pages.keepMessages();
            Pages.info("imports.started", started.id(), started.fileName());
            return "/staff/imports.xhtml?faces-redirect=true";
        } catch (NotFoundException e) {
            Pages.error(null, "imports.unknownSite", site);
            return null;
        } catch (LogTooLargeException e) {
            Pages.error(null, "imports.tooLarge", fmt.bytes(e.maxBytes()));
            return null;
        } catch (LogRefusedException e) {
            // The person's own file, and the message says all there is: nothing for the server log.
            Pages.error(null, "imports.refused." + e.reason(), ImportService.MAX_FILE_NAME);
            return null;
        } catch (IOException | UncheckedIOException e) {
            // The server's disk or the upload failed: the person can only try again, the cause is for the log.
            LOG.log(Level.WARNING, "An uploaded log could not be stored", e);
            Pages.error(null, "imports.failed");
            return null;
        }
    }

    public void resume(long id) {
        try {
            imports.resume(id);
            Pages.info("imports.resumed", id);
            refresh();
        } catch (IllegalStateException | NotFoundException e) {
            // Someone else resumed it, or its file went, since the page was drawn: the reason is in the log.
            LOG.log(Level.WARNING, "Import " + id + " was not resumed", e);
            Pages.error(null, "imports.cannotResume", id);
        }
    }

    /** The imports, newest first, a page at a time. */
    public class ImportsModel extends PagedModel<ImportReport> {
        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return imports.count();
        }

        @Override
        protected List<ImportReport> page(int first, int pageSize) {
            return imports.recent(first, pageSize);
        }

        @Override
        protected long idOf(ImportReport r) {
            return r.id();
        }
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getWebsites() {
        return websites;
    }

    public ImportsModel getModel() {
        return model;
    }

    public boolean isAnyOpen() {
        return anyOpen;
    }

    public MailLogFollowing.Status getFollow() {
        return follow;
    }
    /** P4: after how many days a failed import's file is deleted. */
    public long getFailedFileDays() {
        return imports.failedFileDays();
    }

    public long getMaxFileBytes() {
        return imports.maxFileBytes();
    }
}
