package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.provalue.privacy.domain.retention.KeptCategory;
import nl.provalue.privacy.domain.retention.RetentionRule;
import org.junit.jupiter.api.Test;

/** Every text a page names exists in Dutch and in English, and both bundles have the same keys. */
class MessageKeysTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(bundle("messages_nl.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
        assertEquals(
                new TreeSet<>(bundle("ValidationMessages_nl.properties").stringPropertyNames()),
                new TreeSet<>(bundle("ValidationMessages.properties").stringPropertyNames()));
    }

    /**
     * P8: what the what-we-keep page says of how long a kind of data is kept agrees with what
     * happens to it when the contract ends: data kept by law is not said to go with the account.
     */
    @Test
    void p8_dataKeptByLawIsNotSaidToGoWithTheAccount() throws IOException {
        Properties dutch = bundle("messages_nl.properties");
        Properties english = bundle("messages_en.properties");
        for (nl.provalue.privacy.domain.retention.KeptCategory c :
                nl.provalue.privacy.domain.retention.KeptCategory.values()) {
            if (nl.provalue.privacy.domain.retention.Departure.fate(c)
                    != nl.provalue.privacy.domain.retention.Departure.Fate.KEPT_BY_LAW) {
                continue;
            }
            String said = String.join(
                    " ",
                    dutch.getProperty("kept." + c.name() + ".retention"),
                    dutch.getProperty("kept." + c.name() + ".deletion"),
                    english.getProperty("kept." + c.name() + ".retention"),
                    english.getProperty("kept." + c.name() + ".deletion"));
            assertFalse(
                    said.matches("(?i).*(met uw account|zolang u klant bent|with your account|as long as you are a"
                                    + " customer).*")
                            && !said.matches("(?i).*(niet met uw account|not with your account).*"),
                    c + ": " + said);
        }
    }

    /** The Dutch screens call the portal "het portaal", everywhere. */
    @Test
    void dutchSaysHetPortaal() throws IOException {
        Properties dutch = bundle("messages_nl.properties");
        for (String key : dutch.stringPropertyNames()) {
            assertFalse(
                    dutch.getProperty(key).matches("(?is).*\\bde portal\\b.*"), key + ": " + dutch.getProperty(key));
        }
    }

    /** The Dutch screens say a thing one way: "de maillog", "de bezoekerslog", "u heeft". */
    @Test
    void dutchSaysDeLogAndUHeeft() throws IOException {
        Properties dutch = bundle("messages_nl.properties");
        for (String key : dutch.stringPropertyNames()) {
            String text = dutch.getProperty(key);
            assertFalse(text.matches("(?s).*\\b([Hh]et|[Dd]it|[Dd]at)( [a-z]+)? [a-z]*log\\b.*"), key + ": " + text);
            assertFalse(text.matches("(?s).*\\bGevolgd [a-z]*log\\b.*"), key + ": " + text);
            assertFalse(text.matches("(?s).*\\bhebt\\b.*"), key + ": " + text);
        }
    }

    /**
     * Staff pages show the texts of a customer's data through {@link Formats#aboutCustomer}: what
     * the customer reads as "Document van u" or "Uw e-mail op de server" a staff member reads about
     * the customer, never as if addressed to them.
     */
    @Test
    void staffPagesSpeakAboutTheCustomerNotToThem() throws IOException {
        Pattern families = Pattern.compile(
                "(source|purpose|staffviews\\.purpose|departure\\.fate|erasure\\.outcome|erasure)\\.[A-Z_]+(\\.[A-Z_]+)?(\\.undated)?"
                        + "|kept\\.[A-Z_]+\\.name|mail\\.mode\\.[A-Z_]+\\.short");
        for (String[] language : new String[][] {
            {"messages_nl.properties", "(?s).*\\b([Uu]w|[Uu])\\b.*"},
            {"messages_en.properties", "(?is).*\\b(you|your|yours)\\b.*"}
        }) {
            java.util.ResourceBundle messages;
            try (InputStream in = Files.newInputStream(Path.of("src/main/resources", language[0]))) {
                messages = new java.util.PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : messages.keySet()) {
                if (key.endsWith(".forStaff")) {
                    assertTrue(
                            messages.containsKey(key.substring(0, key.length() - ".forStaff".length())),
                            key + " replaces no text");
                    continue;
                }
                if (!families.matcher(key).matches()) {
                    continue;
                }
                String shown = messages.getString(Formats.aboutCustomer(messages, key));
                assertFalse(shown.matches(language[1]), language[0] + " " + key + " on a staff page: " + shown);
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of(
                "messages_nl.properties",
                "messages_en.properties",
                "ValidationMessages.properties",
                "ValidationMessages_nl.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    String key = line.substring(0, line.indexOf('=')).trim();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertTrue(twice.isEmpty(), name + " defines twice: " + twice);
        }
    }

    /**
     * The pages build these keys from enum names ({@code 'kept.'.concat(c.name())...}), which the
     * literal check cannot see: "What we keep and why", the erasure table and the retention page.
     */
    @Test
    void everyCategoryAndRetentionRuleHasItsTexts() throws IOException {
        Set<String> needed = new TreeSet<>();
        for (KeptCategory c : KeptCategory.values()) {
            for (String part : List.of("name", "what", "source", "retention", "deletion")) {
                needed.add("kept." + c.name() + "." + part);
            }
            needed.add("erasure." + c.name());
        }
        for (nl.provalue.privacy.domain.retention.Departure.Fate f :
                nl.provalue.privacy.domain.retention.Departure.Fate.values()) {
            needed.add("departure.fate." + f.name());
            needed.add("departure.fate." + f.name() + ".undated");
        }
        for (nl.provalue.privacy.domain.retention.CustomerErasure.Stage stage :
                nl.provalue.privacy.domain.retention.CustomerErasure.Stage.values()) {
            needed.add("departure.stage." + stage.name());
        }
        for (RetentionRule r : RetentionRule.values()) {
            needed.add("retention.rule." + r.name());
            needed.add("retention.rule." + r.name() + ".text");
        }
        for (String name : List.of("messages_nl.properties", "messages_en.properties")) {
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(bundle(name).stringPropertyNames());
            assertTrue(missing.isEmpty(), name + " lacks " + missing);
        }
    }

    /**
     * Every status, kind and purpose a page shows by its code has its words in both languages,
     * and no text is just its own key: a customer never reads "REFUSED" or "requestStatus.X".
     */
    @Test
    void everyCodeAPageShowsHasWordsInBothLanguages() throws IOException {
        java.util.Map<String, Class<? extends Enum<?>>> shown = new java.util.LinkedHashMap<>();
        shown.put("requestStatus.", nl.provalue.privacy.domain.disclosure.RequestStatus.class);
        shown.put("requestType.", nl.provalue.privacy.domain.disclosure.RequestType.class);
        shown.put("scope.", nl.provalue.privacy.domain.disclosure.DataScope.class);
        shown.put("registerEvent.", nl.provalue.privacy.domain.disclosure.RegisterEventType.class);
        shown.put("register.verify.broken.", nl.provalue.privacy.domain.disclosure.HashChain.Breach.class);
        shown.put("source.", nl.provalue.privacy.domain.customer.ItemSource.class);
        shown.put("rights.status.", nl.provalue.privacy.domain.rights.RightsRequestStatus.class);
        shown.put("rights.type.", nl.provalue.privacy.domain.rights.RightsRequestType.class);
        shown.put("rights.channel.", nl.provalue.privacy.domain.rights.RequestChannel.class);
        shown.put("rights.urgency.", nl.provalue.privacy.domain.rights.StatutoryDeadline.Urgency.class);
        shown.put("erasure.outcome.", nl.provalue.privacy.domain.rights.ErasureAssessment.Outcome.class);
        shown.put("purpose.", nl.provalue.privacy.domain.shared.Purpose.class);
        shown.put("desk.purpose.", nl.provalue.privacy.domain.audit.AccessPurpose.class);
        shown.put("mail.mode.", nl.provalue.privacy.domain.mail.MailRetentionMode.class);
        shown.put("contactRole.", nl.provalue.privacy.domain.registration.ContactRole.class);
        shown.put("holderKind.", nl.provalue.privacy.domain.registration.HolderKind.class);
        shown.put("regField.", nl.provalue.privacy.domain.registration.RegistrationField.class);
        shown.put("exposure.", nl.provalue.privacy.domain.registration.FieldExposure.Reason.class);
        shown.put("imports.refused.", nl.provalue.privacy.application.importing.LogRefusedException.Reason.class);
        for (String name : List.of("messages_nl.properties", "messages_en.properties")) {
            Properties texts = bundle(name);
            Set<String> missing = new TreeSet<>();
            shown.forEach((prefix, codes) -> {
                for (Enum<?> code : codes.getEnumConstants()) {
                    String key = prefix + code.name();
                    String text = texts.getProperty(key);
                    if (text == null || text.isBlank() || text.equals(key) || text.equals(code.name())) {
                        missing.add(key);
                    }
                }
            });
            for (String key : texts.stringPropertyNames()) {
                if (texts.getProperty(key).strip().equals(key)) {
                    missing.add(key + " (its own key)");
                }
            }
            assertTrue(missing.isEmpty(), name + " lacks words for " + missing);
        }
    }

    @Test
    void everyLiteralKeyOnAPageExists() throws IOException {
        Set<String> keys = bundle("messages_nl.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(page));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing texts: " + missing);
    }
}
