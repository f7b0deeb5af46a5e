package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.StaffScreens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every screen, in Dutch and in English, on a desktop (1366 px) and on a phone (360 px): no
 * sideways scrolling, the logout button and every other control within the window, and no serious or critical WCAG 2.1 A/AA
 * violation found by axe-core. Phone screenshots go to target/screenshots/phone-*.png.
 */
class ScreensBrowserIT extends BrowserTestBase {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> problems = new ArrayList<>();

    private static final List<String> PUBLIC =
            List.of("/login.xhtml", "/forgot-password.xhtml", "/public/transparency.xhtml");

    private static final List<String> CUSTOMER = List.of(
            "/customer/",
            "/customer/my-data.xhtml",
            "/customer/mail.xhtml",
            "/customer/websites.xhtml",
            "/customer/domains.xhtml",
            "/customer/backups.xhtml",
            "/customer/disclosures.xhtml",
            "/customer/rights.xhtml",
            "/customer/what-we-keep.xhtml",
            "/account/security.xhtml");

    private static final List<String> STAFF = List.of(
            "/staff/",
            "/staff/customers.xhtml",
            "/staff/rights.xhtml",
            "/staff/register.xhtml",
            "/staff/register-new.xhtml",
            "/staff/transparency.xhtml",
            "/staff/imports.xhtml",
            "/staff/web-logs.xhtml",
            "/staff/backups.xhtml",
            "/staff/retention.xhtml",
            "/staff/tld-rules.xhtml",
            "/staff/registration-data.xhtml",
            "/staff/api-tokens.xhtml",
            "/account/security.xhtml");

    @Test
    void everyPublicScreenFitsAPhoneAndPassesAxe() {
        checkAll("/login.xhtml", PUBLIC);
    }

    @Test
    void everyCustomerScreenFitsAPhoneAndPassesAxe() {
        long site = Db.scalar("SELECT min(w.id) FROM website w JOIN customer c ON c.id = w.customer_id"
                + " WHERE c.customer_number = 'PV100231'");
        List<String> screens = new ArrayList<>(CUSTOMER);
        screens.add("/customer/access-log.xhtml?site=" + site);
        browser.login("jan.jansen", "Welkom-Jan-2026");
        checkAll("/customer/", screens);
    }

    @Test
    void everyStaffScreenFitsAPhoneAndPassesAxe() {
        long request = Db.scalar("SELECT min(id) FROM disclosure_request");
        long rights = Db.scalar("SELECT min(id) FROM rights_request");
        List<String> screens = new ArrayList<>(STAFF);
        screens.add("/staff/register-request.xhtml?id=" + request);
        screens.add("/staff/rights-request.xhtml?id=" + rights);
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        // Sanne, not Pieter: other tests count the openings of Pieter's data by this staff member.
        StaffScreens.openCustomer(browser, "sannedejong", "PV101305", "Controle van de schermen op een telefoon");
        screens.add(browser.currentPath());
        checkAll("/staff/", screens);
    }

    /** Every screen in Dutch, then in English (chosen on {@code home}), then the list of what was found. */
    private void checkAll(String home, List<String> screens) {
        for (String lang : List.of("nl", "en")) {
            browser.open(home + "?lang=" + lang);
            for (String path : screens) {
                check(path, lang);
            }
        }
        report();
    }

    private void check(String path, String lang) {
        String name = lang + path.replaceAll("[^A-Za-z0-9]+", "-");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.open(path);
        browser.waitForAjax();
        fits(path, lang, 1366);
        Results axe = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        for (Rule rule : axe.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                problems.add(lang + " " + path + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp()
                        + ") on "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList()
                        + (rule.getNodes().size() > 3
                                ? " and " + (rule.getNodes().size() - 3) + " more"
                                : ""));
            }
        }
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.open(path);
        browser.waitForAjax();
        fits(path, lang, 360);
        wholeWords(path, lang, 360);
        browser.screenshot("phone-" + name);
    }

    /** No sideways scrolling at this width, and the logout button (where there is one) and every other control on the screen. */
    private void fits(String path, String lang, int width) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        if (scrollWidth > viewport) {
            Object widest = js.executeScript(
                    "let w = null, max = document.documentElement.clientWidth;"
                            + "for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
                            + " if (r.right > max + 1 && (w == null || r.width < w.getBoundingClientRect().width)) w = e; }"
                            + "return w ? (w.tagName + '#' + w.id + '.' + w.className + ' right=' + Math.round(w.getBoundingClientRect().right)) : '';");
            problems.add(lang + " " + path + " at " + width + " px: " + scrollWidth + " px wide in a " + viewport
                    + " px window (" + widest + ")");
        }
        Object logout = js.executeScript("const b = document.getElementById('logout'); if (!b) return 'none';"
                + " const r = b.getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth"
                + " ? 'ok' : 'off ' + Math.round(r.left) + '..' + Math.round(r.right);");
        if (!"ok".equals(logout) && !"none".equals(logout)) {
            problems.add(lang + " " + path + " at " + width + " px: the logout button is " + logout);
        }
        // Every other control the page shows (links, buttons, fields, menus) lies within the window
        // too, so it can be reached without scrolling sideways. Left out: the skip link, which is
        // placed off screen until it has focus, and PrimeFaces' one-pixel helper fields.
        Object offScreen = js.executeScript("const max = document.documentElement.clientWidth, found = [];"
                + "for (const e of document.querySelectorAll('a[href], button, input, select, textarea, [role=button], [role=combobox], [tabindex]:not([tabindex=\"-1\"])')) {"
                + " if (e.classList.contains('skip-link') || e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden')) continue;"
                + " const r = e.getBoundingClientRect(), st = getComputedStyle(e);"
                + " if (r.width <= 1 || r.height <= 1 || st.visibility === 'hidden') continue;"
                + " if (r.left < -1 || r.right > max + 1) found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "   + ' \"' + (e.innerText || e.value || e.name || '').trim().slice(0, 30) + '\" at ' + Math.round(r.left) + '..' + Math.round(r.right)); }"
                + "return found.slice(0, 5).join('; ');");
        if (offScreen != null && !offScreen.toString().isEmpty()) {
            problems.add(lang + " " + path + " at " + width + " px: controls outside the window: " + offScreen);
        }
    }

    /** A column's name is never broken inside a word, also where a phone shows it beside each value. */
    private void wholeWords(String path, String lang, int width) {
        Object broken = ((JavascriptExecutor) browser.driver())
                .executeScript("const found = [];"
                        + "for (const e of document.querySelectorAll('.ui-column-title')) {"
                        + " if (e.getBoundingClientRect().width <= 1) continue;"
                        + " const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);"
                        + " for (let t = walk.nextNode(); t; t = walk.nextNode()) {"
                        + "  const word = /\\S+/g; let m;"
                        + "  while ((m = word.exec(t.data))) {"
                        + "   const r = document.createRange(); r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length);"
                        + "   if (new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1) found.push(m[0]); } } }"
                        + "return [...new Set(found)].slice(0, 5).join(', ');");
        if (broken != null && !broken.toString().isEmpty()) {
            problems.add(lang + " " + path + " at " + width + " px: column names broken inside a word: " + broken);
        }
    }

    private void report() {
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
