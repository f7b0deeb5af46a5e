package nl.provalue.privacy.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: the real WAR deployed by Arquillian, driven from outside as a person (or a
 * script, with {@link PortalHttp}) would, with a fresh Chromium for every test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        Readiness.await(base);
        browser = new Browser(base);
    }

    /** A failed test leaves what the browser showed: a screenshot and the page's source. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback onFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            try {
                java.nio.file.Path shot = browser.screenshot(name);
                java.nio.file.Files.writeString(
                        shot.resolveSibling(name + ".html"),
                        browser.driver().getCurrentUrl() + "\n"
                                + browser.driver().getPageSource());
            } catch (RuntimeException | java.io.IOException e) {
                // The browser itself may be what failed.
            }
        }
    };

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
