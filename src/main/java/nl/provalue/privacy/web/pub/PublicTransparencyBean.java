package nl.provalue.privacy.web.pub;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.provalue.privacy.application.disclosure.TransparencyReports;
import nl.provalue.privacy.web.Pages;
import nl.provalue.privacy.web.TransparencyCharts;

/** P11: the published transparency reports, for everyone, without login. */
@Named
@RequestScoped
public class PublicTransparencyBean {

    @Inject
    TransparencyReports reports;

    private List<TransparencyReports.Published> published;

    @PostConstruct
    void init() {
        published = reports.published();
    }

    public List<TransparencyReports.Published> getPublished() {
        return published;
    }

    public String chart(TransparencyReports.Published report) {
        return TransparencyCharts.byAuthority(report.figures(), Pages.text("transparency.chart.label"));
    }

    /** The figures of one category ("authority", "basis", "outcome") as key/value rows. */
    public List<java.util.Map.Entry<String, String>> rows(TransparencyReports.Published report, String category) {
        return report.figures().entrySet().stream()
                .filter(e -> e.getKey().startsWith(category + "."))
                .toList();
    }
}
