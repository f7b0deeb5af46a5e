package nl.provalue.privacy.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/** Chart.js configurations of a transparency report's published (banded) figures. */
public final class TransparencyCharts {

    private TransparencyCharts() {}

    /**
     * Requests per type of authority. A band such as "1-9" is drawn as a bar from 1 to 9, so the
     * chart says no more than the table; an exact count as a bar from 0.
     */
    public static String byAuthority(Map<String, String> figures, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        figures.forEach((key, value) -> {
            if (key.startsWith("authority.")) {
                labels.add(Pages.text("authorityType." + key.substring("authority.".length())));
                values.add(drawn(value));
            }
        });
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
                                                        .add("label", label)
                                                        .add("data", values)
                                                        .add("backgroundColor", "#2f6690"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("indexAxis", "y")
                                .add("locale", Pages.locale().toLanguageTag())
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)))
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

    /** A published figure as Chart.js draws it: an exact count as a number, a band as [from, to]. */
    static jakarta.json.JsonValue drawn(String banded) {
        int dash = banded.indexOf('-');
        if (dash < 0) {
            return Json.createValue(Integer.parseInt(banded));
        }
        return Json.createArrayBuilder()
                .add(Integer.parseInt(banded.substring(0, dash)))
                .add(Integer.parseInt(banded.substring(dash + 1)))
                .build();
    }
}
