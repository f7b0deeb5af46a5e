package nl.provalue.privacy.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/** Chart.js configurations of a transparency report's published (banded) figures. */
public final class TransparencyCharts {

    private TransparencyCharts() {}

    /** Requests per type of authority; a band such as "1-9" is drawn at its middle. */
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

    static double drawn(String banded) {
        int dash = banded.indexOf('-');
        if (dash < 0) {
            return Double.parseDouble(banded);
        }
        return (Integer.parseInt(banded.substring(0, dash)) + Integer.parseInt(banded.substring(dash + 1))) / 2.0;
    }
}
