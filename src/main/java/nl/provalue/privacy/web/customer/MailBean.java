package nl.provalue.privacy.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.mail.MailService;
import nl.provalue.privacy.application.mail.MailService.MailLogCount;
import nl.provalue.privacy.application.mail.MailService.MailLogPage;
import nl.provalue.privacy.application.mail.MailService.MailboxView;
import nl.provalue.privacy.domain.mail.MailLogQuery;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.shared.KeysetScan;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.KeysetPaging;
import nl.provalue.privacy.web.Pages;

/** P4, P5: the customer's mailboxes with their retention setting, and their mail log. */
@Named
@ViewScoped
public class MailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailService mail;

    @Inject
    CurrentCaller caller;

    private List<MailboxView> mailboxes;
    private final Map<Long, RetentionForm> forms = new HashMap<>();
    private List<String> statuses;

    private String mailbox;
    private String address;
    private String status;
    private LocalDate from;
    private LocalDate to;
    private boolean newestFirst = true;
    private int pageSize = MailLogQuery.DEFAULT_PAGE_SIZE;
    private final KeysetPaging paging = new KeysetPaging();
    private MailLogQuery query;
    private MailLogPage log;
    private MailLogCount count;

    /** The setting being edited for one mailbox. */
    public static class RetentionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private MailRetentionMode mode;

        @Min(value = 1, message = "{mail.keepDays.range}")
        @Max(value = Mailbox.MAX_KEEP_DAYS, message = "{mail.keepDays.range}")
        private Integer keepDays;

        public MailRetentionMode getMode() {
            return mode;
        }

        public void setMode(MailRetentionMode mode) {
            this.mode = mode;
        }

        public Integer getKeepDays() {
            return keepDays;
        }

        public void setKeepDays(Integer keepDays) {
            this.keepDays = keepDays;
        }
    }

    public void load() {
        if (mailboxes == null) {
            refreshMailboxes();
            statuses = mail.statuses(caller.customerId());
            search();
        }
    }

    private void refreshMailboxes() {
        mailboxes = new java.util.ArrayList<>(mail.mailboxes(caller.customerId()));
        forms.clear();
        for (MailboxView m : mailboxes) {
            RetentionForm form = new RetentionForm();
            form.mode = m.retentionMode();
            form.keepDays = m.keepDays();
            forms.put(m.id(), form);
        }
    }

    /** P5: saves one mailbox's setting; the others keep what the customer may have typed. */
    public void save(long mailboxId) {
        RetentionForm form = forms.get(mailboxId);
        if (form == null || form.mode == null) {
            Pages.error(null, "mail.chooseMode");
            return;
        }
        Instant changedBefore = mailboxes.stream()
                .filter(m -> m.id() == mailboxId)
                .map(MailboxView::settingChangedAt)
                .findFirst()
                .orElse(null);
        try {
            MailboxView saved = mail.changeRetention(
                    caller.customerId(),
                    mailboxId,
                    form.mode,
                    form.mode == MailRetentionMode.KEEP_COPY_DAYS ? form.keepDays : null);
            // Replaced in the list the page iterates over: the repeat on the page keeps the list it
            // read earlier in this request, so a new list would leave the summary showing the old setting.
            mailboxes.replaceAll(m -> m.id() == mailboxId ? saved : m);
            form.keepDays = saved.keepDays();
            Pages.info(
                    java.util.Objects.equals(changedBefore, saved.settingChangedAt())
                            ? "mail.saved.nothing"
                            : "mail.saved",
                    saved.address());
        } catch (PolicyViolationException e) {
            // The number of days is said to be wrong at the field for it, beside this mailbox's button.
            Pages.error(
                    "policy.P5.keepDaysRange".equals(e.getMessageKey()) ? besideTheButton("days") : null,
                    e.getMessageKey());
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** The client id of a field in the same form as the button that was pressed. */
    private static String besideTheButton(String field) {
        String source = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("jakarta.faces.source");
        return source == null || source.lastIndexOf(':') < 0
                ? null
                : source.substring(0, source.lastIndexOf(':') + 1) + field;
    }

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Pages.error("log:to", "accesslog.toBeforeFrom");
            return;
        }
        Instant fromInstant = from == null
                ? null
                : from.atStartOfDay(PolicyClock.PROVIDER_ZONE).toInstant();
        Instant untilInstant = to == null
                ? null
                : to.plusDays(1).atStartOfDay(PolicyClock.PROVIDER_ZONE).toInstant();
        query = new MailLogQuery(mailbox, address, status, fromInstant, untilInstant, newestFirst)
                .withPageSize(pageSize);
        log = mail.mailLogPage(caller.customerId(), query);
        // Counted once per filter: paging does not change how many lines match. A filter on
        // mailbox or address is counted only on a log of at most 10,000 lines.
        count = mail.mailLogCount(caller.customerId(), query).orElse(null);
        paging.restart();
    }

    /** The next page in the order shown: after its last line, or after the last line a filter looked at. */
    public void next() {
        paging.next(log.after()).ifPresent(after -> {
            log = mail.mailLogPage(caller.customerId(), query.continueFrom(after, false));
        });
    }

    /** The page before this one. */
    public void previous() {
        paging.previous(log.before()).ifPresent(before -> {
            log = mail.mailLogPage(caller.customerId(), query.continueFrom(before, true));
        });
    }

    /** The message key of the button that searches on from where a filtered page stopped looking. */
    public String getSearchOnKey() {
        return paging.searchOnKey(newestFirst);
    }

    public int getScanWindow() {
        return KeysetScan.WINDOW;
    }

    /** Where this page's lines stand among all that match: from, to (pages of a counted filter are full). */
    public long getFirstLine() {
        return log.lines().isEmpty() ? 0 : (long) (paging.pageNumber() - 1) * query.pageSize() + 1;
    }

    public long getLastLine() {
        return log.lines().isEmpty() ? 0 : getFirstLine() + log.lines().size() - 1;
    }

    public void clearFilters() {
        mailbox = null;
        address = null;
        status = null;
        from = null;
        to = null;
        search();
    }

    public void toggleOrder() {
        newestFirst = !newestFirst;
        search();
    }

    public List<MailboxView> getMailboxes() {
        return mailboxes;
    }

    public Map<Long, RetentionForm> getForms() {
        return forms;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public MailLogPage getLog() {
        return log;
    }

    public MailLogCount getCount() {
        return count;
    }

    public int getPageNumber() {
        return paging.pageNumber();
    }

    public int getPageSize() {
        return pageSize;
    }
    /** 25, 50 or 100 lines a page; anything else is refused by the page's menu. */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize == 50 || pageSize == 100 ? pageSize : MailLogQuery.DEFAULT_PAGE_SIZE;
    }

    public MailRetentionMode[] getModes() {
        return MailRetentionMode.values();
    }

    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isNewestFirst() {
        return newestFirst;
    }
}
