package nl.provalue.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package says what lives in it, which policy ids its code serves and what it may use: each
 * directory of {@code src/main/java} that holds Java sources has a {@code package-info.java}, and
 * its javadoc is more than a line's worth ({@value #MIN_JAVADOC} characters at least).
 */
class PackageInfoTest {

    private static final Path JAVA = Path.of("src/main/java");
    static final int MIN_JAVADOC = 80;
    /** The javadoc comment that stands before the package declaration. */
    private static final Pattern JAVADOC =
            Pattern.compile("(?s)/\\*\\*(.*?)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*package\\s");

    private static List<Path> directories() throws IOException {
        try (Stream<Path> all = Files.walk(JAVA)) {
            return all.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static boolean holdsJava(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(
                    p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".java"));
        }
    }

    /** The javadoc's text without delimiters and leading asterisks, spaces collapsed; empty if none. */
    static String javadocText(String source) {
        Matcher m = JAVADOC.matcher(source);
        if (!m.find()) {
            return "";
        }
        return m.group(1)
                .replaceAll("(?m)^\\s*\\*", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    @Test
    void everyPackageHasAPackageInfoThatSaysEnough() throws IOException {
        assertTrue(Files.isDirectory(JAVA), "run from the project root: no " + JAVA.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path directory : directories()) {
            if (!holdsJava(directory)) {
                continue;
            }
            Path info = directory.resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                problems.add(directory + " has no package-info.java");
                continue;
            }
            int length = javadocText(Files.readString(info)).length();
            if (length < MIN_JAVADOC) {
                problems.add(info + ": javadoc of " + length + " characters, fewer than " + MIN_JAVADOC);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theJavadocIsMeasuredWithoutItsMarkup() {
        assertEquals("Two lines of text.", javadocText("/**\n * Two lines\n * of text.\n */\npackage a.b;\n"));
        assertEquals("", javadocText("// not javadoc\npackage a.b;\n"));
        assertEquals("", javadocText("/* a plain comment */\npackage a.b;\n"));
    }
}
