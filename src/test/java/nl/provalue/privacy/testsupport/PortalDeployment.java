package nl.provalue.privacy.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, exactly as it ships, plus the test classes that run inside it.
 * Every integration test deploys this, so tests exercise the real application.
 */
public final class PortalDeployment {

    private static final String WEB_XML = "WEB-INF/web.xml";

    private PortalDeployment() {}

    /**
     * The application lets nobody in without a login; Arquillian's test runner servlet, which
     * exists only in test deployments, is opened here so in-container tests can be started.
     */
    private static void openTestRunner(WebArchive archive) {
        String webXml;
        try (InputStream in = archive.get(WEB_XML).getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String runner = """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian test runner</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                """;
        // Arquillian calls its runner over plain HTTP.
        webXml = webXml.replace(
                "<param-name>nl.provalue.privacy.PLAIN_HTTP_PATHS</param-name>\n        <param-value></param-value>",
                "<param-name>nl.provalue.privacy.PLAIN_HTTP_PATHS</param-name>\n        <param-value>/ArquillianServletRunner</param-value>");
        if (!webXml.contains("<param-value>/ArquillianServletRunner</param-value>")) {
            throw new IllegalStateException("web.xml has no PLAIN_HTTP_PATHS to open the test runner on");
        }
        int at = webXml.indexOf("<security-constraint>");
        archive.delete(WEB_XML);
        archive.setWebXML(new StringAsset(webXml.substring(0, at) + runner.strip() + "\n    " + webXml.substring(at)));
    }

    public static WebArchive withTestClasses(Class<?>... testClasses) {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        if (testClasses.length > 0) {
            archive.addClasses(testClasses);
            openTestRunner(archive);
        }
        return archive;
    }
}
