package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.provalue.privacy.application.retention.RetentionDesk;
import nl.provalue.privacy.application.retention.RetentionDesk.RunView;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.web.Formats;
import nl.provalue.privacy.web.Pages;

/** P4, P6, P7: the retention rules, what each run removed and when, and "run now". */
@Named
@ViewScoped
public class RetentionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RetentionDesk desk;

    @Inject
    Formats formats;

    private List<RetentionRule> rules;
    private List<RunView> runs;

    public void load() {
        rules = desk.rules();
        runs = desk.recentRuns(100);
    }

    public void runNow(RetentionRule rule) {
        desk.runNow(rule)
                .ifPresentOrElse(
                        run -> Pages.info(
                                "FAILED".equals(run.outcome()) ? "retention.ranFailed" : "retention.ran",
                                Pages.text("retention.rule." + rule),
                                run.removed()),
                        () -> desk.holderOf(rule)
                                .ifPresentOrElse(
                                        holding -> Pages.info(
                                                "retention.busyBy",
                                                Pages.text("retention.rule." + rule),
                                                holding.server(),
                                                formats.dateTime(holding.until())),
                                        () -> Pages.info("retention.busy", Pages.text("retention.rule." + rule))));
        load();
        // The answer shows above the rules; the button pressed may be far below it.
        org.primefaces.PrimeFaces.current().scrollTo("rules:messages");
    }

    /** The latest run of a rule, or null. */
    public RunView lastRun(RetentionRule rule) {
        return runs.stream().filter(r -> r.rule() == rule).findFirst().orElse(null);
    }

    public List<RetentionRule> getRules() {
        return rules;
    }

    public List<RunView> getRuns() {
        return runs;
    }
}
