package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium driven like a person: open pages, type, click, read, take screenshots. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(URL base) {
        System.setProperty("webdriver.chrome.driver", System.getProperty("chromedriver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900",
                "--lang=nl-NL",
                // The test server's certificate is self-signed.
                "--ignore-certificate-errors");
        driver = new ChromeDriver(options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String b = TestTls.https(base).toExternalForm();
        baseUrl = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** An element by its exact id, such as a Faces client id with colons. */
    public WebElement byId(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Waits until the page shows the text somewhere (after an ajax update, say). */
    public void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> pageText().contains(text)
                        || String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript("return document.body.textContent"))
                                .contains(text));
    }

    /** Waits until PrimeFaces has no ajax request waiting or running. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Clicks a sortable column's name in a table and waits until the table says it is sorted on
     * that column in that order ("ascending" or "descending").
     */
    public void sortBy(String tableId, String column, String order) {
        driver.findElement(By.xpath("//*[@id='" + tableId + "']//th[.//span[contains(@class,"
                        + "'ui-column-title') and text()='" + column + "']]"))
                .click();
        waitForAjax();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d
                        .findElements(
                                By.cssSelector("[id='" + tableId + "'] th[aria-sort='" + order + "'] .ui-column-title"))
                        .stream()
                        .anyMatch(title -> column.equals(title.getText())));
    }

    /** What the sort box a phone shows above a sortable table says ("Gemaakt Aflopend"). */
    public String sortBoxChoice() {
        return new org.openqa.selenium.support.ui.Select(find("select.ui-reflow-dropdown"))
                .getFirstSelectedOption()
                .getText()
                .trim();
    }

    public java.util.List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The visible text of an element; an element an ajax update just replaced is looked up again. */
    public String text(String cssSelector) {
        for (int attempt = 0; ; attempt++) {
            try {
                return find(cssSelector).getText();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!replacedWhileRead(e) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * The element was replaced while it was read: Selenium says "stale element", or Chromium, when
     * an ajax update swaps the node in the middle of reading it, "does not belong to the document".
     */
    private static boolean replacedWhileRead(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** The page's visible text; a page that was just replaced (a redirect, an update) is read again. */
    public String pageText() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!replacedWhileRead(e) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Logs in through the login form, as a person would, and fails with what the page said if refused. */
    public void login(String username, String password) {
        attemptLogin(username, password);
        String path = currentPath();
        if (path.contains("/login.xhtml") || path.contains("/login-code.xhtml")) {
            throw new AssertionError("sign-in of " + username + " refused on " + path + ": " + pageText());
        }
    }

    /**
     * Clicks an element after scrolling it to the middle of the window, so that nothing at the
     * window's edge (the end of the page, a message above it) can take the click.
     */
    public void clickCentered(WebElement element) {
        waitForAjax();
        for (int attempt = 1; ; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                // The page was still settling (styles, an update above); its layout moved under the click.
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Tries to log in through the login form; the page shows how that went. */
    public void attemptLogin(String username, String password) {
        open("/login.xhtml");
        find("#j_username").sendKeys(username);
        find("#j_password").sendKeys(password);
        submitAndWait(find("#login-submit"));
        if (driver.getCurrentUrl().contains("/login-code.xhtml")) {
            // Staff: the code of their authenticator app, as the second step.
            enterCode(StaffCodes.next(username));
        }
    }

    /** Types a code on the second step's page and sends it. */
    public void enterCode(String code) {
        find("#j_code").sendKeys(code);
        submitAndWait(find("#code-submit"));
    }

    /** Clicks a button that posts a whole page (found by CSS) and waits until the next page has loaded. */
    public void submit(String cssSelector) {
        submitAndWait(find(cssSelector));
    }

    /**
     * Clicks a button that posts a whole page and waits until the next page has loaded. The old
     * document is marked before the click; only a document without the mark, fully loaded, is
     * the next page (while Chrome is between the two, every question is answered with an error
     * and the wait goes on).
     */
    private void submitAndWait(WebElement button) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("document.portalPageLeft = true;");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                Object next = js.executeScript(
                        "return document.portalPageLeft !== true && document.readyState === 'complete';");
                return Boolean.TRUE.equals(next) && !d.getCurrentUrl().contains("j_security_check");
            } catch (org.openqa.selenium.WebDriverException betweenPages) {
                return false;
            }
        });
    }

    public void logout() {
        // The button sits in the page's header; a page may still be scrolling (to a message, say):
        // wait until it has come to rest, back to the top, and again until nothing covers the button.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Long.valueOf(0)
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return window.jQuery ? window.jQuery(':animated').length : 0")));
        for (int attempt = 0; ; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            try {
                find("#logout").click();
                break;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 10) {
                    throw e;
                }
                sleep(300);
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /** Types into a field found by its id; a field an ajax update just replaced is looked up again. */
    public void type(String id, String text) {
        for (int attempt = 0; ; attempt++) {
            try {
                byId(id).sendKeys(text);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Saves a screenshot under target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Fills in a field the way a widget does (a date picker's text field, say), without typing
     * into the widget's pop-up.
     */
    public void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
