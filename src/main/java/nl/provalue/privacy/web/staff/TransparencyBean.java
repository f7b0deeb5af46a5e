package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.application.disclosure.TransparencyReports;
import nl.provalue.privacy.domain.disclosure.HalfYear;
import nl.provalue.privacy.domain.disclosure.TransparencyReport;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.Pages;
import nl.provalue.privacy.web.TransparencyCharts;

/** P11: staff preview a half year's transparency report and publish it once the half year is over. */
@Named
@ViewScoped
public class TransparencyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TransparencyReports reports;

    private String period;
    private TransparencyReport preview;

    public void load() {
        if (period == null || !period.matches("\\d{4}-H[12]")) {
            period = reports.lastFinishedPeriod().toString();
        }
        show();
    }

    public void show() {
        preview = reports.preview(HalfYear.parse(period));
    }

    public void publish() {
        try {
            reports.publish(HalfYear.parse(period));
            Pages.info("transparency.published", nl.provalue.privacy.web.Formats.halfYear(period, Pages.locale()));
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey(), nl.provalue.privacy.web.Formats.halfYear(period, Pages.locale()));
        }
    }

    public List<String> getPeriods() {
        List<String> out = new ArrayList<>();
        HalfYear p =
                HalfYear.of(java.time.LocalDate.now(PolicyClock.PROVIDER_ZONE)).next();
        for (int i = 0; i < 6; i++) {
            p = p.previous();
            out.add(p.toString());
        }
        return out;
    }

    public String chart() {
        return TransparencyCharts.byAuthority(preview.published(), Pages.text("transparency.chart.label"));
    }

    public Map<String, String> getFigures() {
        return preview.published();
    }

    public TransparencyReport getPreview() {
        return preview;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
