package org.ecomhub.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesWhatAMessageMayHold() throws Exception {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("message", "quote \" backslash \\ newline \n tab \t bell \u0007 umlaut \u00fc");
        document.put("list", Arrays.asList(1, true, null));

        String json = Json.write(document);

        Map<?, ?> read = new ObjectMapper().readValue(json, Map.class);
        assertEquals(document.get("message"), read.get("message"));
        assertEquals(Arrays.asList(1, true, null), read.get("list"));
        assertEquals("[]", Json.write(List.of()));
    }
}
