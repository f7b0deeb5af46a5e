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
                labels.add(label(Pages.text("authorityType." + key.substring("authority.".length()))));
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
                                // The chart takes the height the page gives it (also on a phone,
                                // where keeping its proportions left too little room for the names).
                                .add("maintainAspectRatio", false)
                                .add("indexAxis", "y")
                                .add("locale", Pages.locale().toLanguageTag())
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true))
                                                // Every authority named, none left out to make room.
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("autoSkip", false))))
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

    /** The longest line of an authority's name beside its bar: room enough for the bars on a phone. */
    static final int LINE_LENGTH = 20;

    /**
     * An authority's name as Chart.js writes it beside its bar: on one line, or on several of at
     * most {@link #LINE_LENGTH} characters broken between words (a longer word keeps its own line),
     * so that a long name fits on a phone instead of being cut off at the screen's edge.
     */
    static jakarta.json.JsonValue label(String name) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        if (lines.size() == 1) {
            return Json.createValue(lines.get(0));
        }
        return Json.createArrayBuilder(lines).build();
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
