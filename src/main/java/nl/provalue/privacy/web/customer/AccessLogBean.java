package nl.provalue.privacy.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.AccessPage;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.web.AccessLogQuery;
import nl.provalue.privacy.web.KeysetPaging;
import nl.provalue.privacy.web.Pages;

/**
 * P6: a website's access log, page by page. Pages follow each other by keyset ("older" /
 * "newer"), so the hundredth page is as quick as the first and nothing is counted.
 */
@Named
@ViewScoped
public class AccessLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyDataService myData;

    @Inject
    CurrentCaller caller;

    private String site;
    private long websiteId;
    private LocalDate from;
    private LocalDate to;
    private String ip;
    private String path;
    private boolean newestFirst = true;
    private int pageSize = 50;
    private final KeysetPaging paging = new KeysetPaging();
    private AccessLogQuery query;
    private AccessPage page;

    public void load() {
        if (page != null) {
            return;
        }
        try {
            websiteId = Long.parseLong(site == null ? "" : site.trim());
            search();
        } catch (NumberFormatException | NotFoundException e) {
            Pages.notFound();
        }
    }

    /** Applies the filters and shows the first page. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Pages.error("log:to", "accesslog.toBeforeFrom");
            return;
        }
        var refused = AccessLogQuery.refusedFilter(ip, path);
        if (refused.isPresent()) {
            String key = refused.get();
            Pages.error(
                    key.startsWith("accesslog.ip") ? "log:ip" : "log:path",
                    key,
                    key.startsWith("accesslog.ip") ? AccessLogQuery.MAX_IP_LENGTH : AccessLogQuery.MAX_PATH_LENGTH);
            return;
        }
        Instant fromInstant = from == null
                ? null
                : from.atStartOfDay(PolicyClock.PROVIDER_ZONE).toInstant();
        Instant untilInstant = to == null
                ? null
                : to.plusDays(1).atStartOfDay(PolicyClock.PROVIDER_ZONE).toInstant();
        query = new AccessLogQuery(
                websiteId, fromInstant, untilInstant, ip, path, newestFirst, null, null, false, pageSize);
        page = myData.accessLog(caller.customerId(), query);
        paging.restart();
    }

    public void next() {
        paging.next(page.after()).ifPresent(after -> {
            page = myData.accessLog(caller.customerId(), query.continueFrom(after, false));
        });
    }

    public void previous() {
        paging.previous(page.before()).ifPresent(before -> {
            page = myData.accessLog(caller.customerId(), query.continueFrom(before, true));
        });
    }

    /**
     * The message key of the button that searches on from where a filtered page stopped looking:
     * the way the page was read (older lines when reading newest first, unless read backwards).
     */
    public String getSearchOnKey() {
        return paging.searchOnKey(newestFirst);
    }

    public void toggleOrder() {
        newestFirst = !newestFirst;
        search();
    }

    public void clearFilters() {
        from = null;
        to = null;
        ip = null;
        path = null;
        search();
    }

    public AccessPage getPage() {
        return page;
    }

    public int getScanWindow() {
        return AccessLogQuery.SCAN_WINDOW;
    }

    public int getPageNumber() {
        return paging.pageNumber();
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
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

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public boolean isNewestFirst() {
        return newestFirst;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = Math.max(10, Math.min(200, pageSize));
    }
}
