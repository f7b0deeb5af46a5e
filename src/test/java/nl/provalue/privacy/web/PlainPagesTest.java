package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages and their beans agree with {@link PlainPages}: a page without a form keeps no view
 * state and has no view-scoped bean (MyFaces would keep one such bean in the session for every
 * visit until the session ends); a plain page uses no PrimeFaces component; every listed page
 * exists.
 */
class PlainPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern BEAN = Pattern.compile("#\\{([a-z][A-Za-z]*Bean)\\.");

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> !p.startsWith(WEBAPP.resolve("templates")) && !p.startsWith(WEBAPP.resolve("WEB-INF")))
                    .sorted()
                    .toList();
        }
    }

    private static String viewId(Path page) {
        return "/" + WEBAPP.relativize(page).toString().replace('\\', '/');
    }

    private static String source(String beanName) throws IOException {
        String className = Character.toUpperCase(beanName.charAt(0)) + beanName.substring(1) + ".java";
        try (Stream<Path> files = Files.walk(JAVA)) {
            Path file = files.filter(p -> p.getFileName().toString().equals(className))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no class for bean " + beanName));
            return Files.readString(file);
        }
    }

    @Test
    void aPageWithoutAFormIsStatelessAndHasNoViewScopedBean() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            String xhtml = Files.readString(page);
            String id = viewId(page);
            boolean form = xhtml.contains("<h:form");
            if (form && PlainPages.STATELESS.contains(id)) {
                problems.add(id + " has a form but is listed as stateless");
            }
            if (!form && !PlainPages.STATELESS.contains(id)) {
                problems.add(id + " has no form but is not listed as stateless");
            }
            if (!form) {
                Matcher m = BEAN.matcher(xhtml);
                TreeSet<String> beans = new TreeSet<>();
                while (m.find()) {
                    beans.add(m.group(1));
                }
                for (String bean : beans) {
                    if (source(bean).matches("(?s).*@(jakarta\\.faces\\.view\\.)?ViewScoped\\b.*")) {
                        problems.add(id + " has no form, but its bean " + bean + " is view-scoped");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void plainPagesUseNoPrimeFacesAndEveryListedPageExists() throws IOException {
        List<String> ids = pages().stream().map(PlainPagesTest::viewId).toList();
        for (String id : PlainPages.STATELESS) {
            assertTrue(ids.contains(id), id + " is listed but does not exist");
        }
        for (String id : PlainPages.PLAIN) {
            String xhtml = Files.readString(WEBAPP.resolve(id.substring(1)));
            assertTrue(!xhtml.contains("<p:"), id + " is plain but uses PrimeFaces");
        }
    }
}
