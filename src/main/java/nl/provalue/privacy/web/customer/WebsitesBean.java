package nl.provalue.privacy.web.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.application.MyDataViews.Traffic;
import nl.provalue.privacy.web.Pages;

/** P3: the customer's websites, their traffic per day and month, and how close they are to the limit. */
@Named
@RequestScoped
public class WebsitesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double MB = 1024.0 * 1024.0;

    @Inject
    MyDataService myData;

    @Inject
    CurrentCaller caller;

    private List<Site> sites;

    /** Days on the chart's axis as the person reads them: "6 sep." in Dutch, "6 Sep" in English. */
    private static final String DAY_ON_AXIS = "d MMM";
    /** Months on the chart's axis and in its description: "jul. 2026", "Jul 2026". */
    private static final String MONTH_ON_AXIS = "MMM yyyy";

    /** One formatter for a whole axis: the page's language is looked up once, not per label. */
    private static java.time.format.DateTimeFormatter axis(String pattern) {
        return java.time.format.DateTimeFormatter.ofPattern(pattern, Pages.locale());
    }

    /**
     * Options both charts share: numbers on the axes and in the tooltips written the way of the
     * page's language (a decimal comma in Dutch), no animation, and the height of their box.
     */
    private static jakarta.json.JsonObjectBuilder options() {
        return Json.createObjectBuilder()
                .add("animation", false)
                // The chart fills the height its box gives it, on a phone too, instead of keeping
                // Chart.js's 2:1 and leaving a band of white beneath.
                .add("maintainAspectRatio", false)
                .add("locale", Pages.locale().toLanguageTag());
    }

    public void load() {
        sites = myData.websites(caller.customerId());
    }

    public List<Site> getSites() {
        return sites;
    }

    /** The daily chart in words, for screen readers: the days, the total and the busiest day. */
    public String dailySummary(Site site) {
        List<Traffic> days = site.days();
        if (days.isEmpty()) {
            return Pages.text("websites.chart.noTraffic");
        }
        long total = days.stream().mapToLong(Traffic::bytes).sum();
        Traffic busiest = days.stream()
                .max(java.util.Comparator.comparingLong(Traffic::bytes))
                .orElseThrow();
        return Pages.text(
                "websites.chart.dailySummary",
                days.size(),
                Math.round(total / MB * 10) / 10.0,
                Pages.date(busiest.day()),
                Math.round(busiest.bytes() / MB * 10) / 10.0);
    }

    /** The monthly chart in words: the limit and the last month's traffic. */
    public String monthlySummary(Site site) {
        List<Traffic> months = site.months();
        if (months.isEmpty()) {
            return Pages.text("websites.chart.noTraffic");
        }
        double gb = 1024.0 * MB;
        Traffic last = months.get(months.size() - 1);
        return Pages.text(
                "websites.chart.monthlySummary",
                Math.round(site.limitBytes() / gb * 100) / 100.0,
                axis(MONTH_ON_AXIS).format(last.day()),
                Math.round(last.bytes() / gb * 100) / 100.0);
    }

    /** The usage bar in words. */
    public String usageText(Site site) {
        return Pages.text("websites.usageText", site.percentOfLimit());
    }

    /** Chart.js configuration: megabytes served per day over the last 90 days. */
    public String dailyChart(Site site) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        java.time.format.DateTimeFormatter day = axis(DAY_ON_AXIS);
        for (Traffic t : site.days()) {
            labels.add(day.format(t.day()));
            values.add(Math.round(t.bytes() / MB * 10) / 10.0);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", Pages.text("websites.chart.dailyMb"))
                                                        .add("data", values)
                                                        .add("backgroundColor", "#2f6690"))))
                .add(
                        "options",
                        options()
                                // The legend is hidden, so the axis names the unit.
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add(
                                                                                        "text",
                                                                                        Pages.text(
                                                                                                "websites.chart.dailyMb")))))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
    }

    /** Chart.js configuration: gigabytes per month against the plan's limit. */
    public String monthlyChart(Site site) {
        double gb = 1024.0 * MB;
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder used = Json.createArrayBuilder();
        JsonArrayBuilder limit = Json.createArrayBuilder();
        java.time.format.DateTimeFormatter month = axis(MONTH_ON_AXIS);
        for (Traffic t : site.months()) {
            labels.add(month.format(t.day()));
            used.add(Math.round(t.bytes() / gb * 100) / 100.0);
            limit.add(Math.round(site.limitBytes() / gb * 100) / 100.0);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "bar")
                                                        .add("label", Pages.text("websites.chart.monthlyGb"))
                                                        .add("data", used)
                                                        .add("backgroundColor", "#3a7ca5"))
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "line")
                                                        .add("label", Pages.text("websites.chart.limitGb"))
                                                        .add("data", limit)
                                                        .add("borderColor", "#d64933")
                                                        .add("pointRadius", 0))))
                .add("options", options())
                .build()
                .toString();
    }
}
