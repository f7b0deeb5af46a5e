package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyLimitsTest {

    private static int depth(String json) {
        return JsonBodyLimits.depth(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nestingIsCountedOutsideStringsOnly() {
        assertEquals(1, depth("{\"type\":\"ACCESS\",\"description\":\"[[[[{{{{\"}"));
        assertEquals(1, depth("{\"a\":\"quote \\\" then [[[\"}"));
        assertEquals(3, depth("{\"a\":[{\"b\":1}]}"));
        assertEquals(0, depth("42"));
        assertEquals(10_000, depth("[".repeat(10_000) + "]".repeat(10_000)));
    }
}
