package org.ecomhub.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Reads the metatype bnd generated into this bundle (the build runs it before the tests). */
class MetatypeTest {

    private static String metatype(String pid) throws IOException {
        try (InputStream in = MetatypeTest.class.getClassLoader().getResourceAsStream("OSGI-INF/metatype/" + pid + ".xml")) {
            assertNotNull(in, "no metatype for " + pid);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.ecomhub.amazon.store", "org.ecomhub.amazon.orders.fbm", "org.ecomhub.amazon.orders.fba",
            "org.ecomhub.amazon.products", "org.ecomhub.amazon.tax", "org.ecomhub.amazon.stock"})
    @DisplayName("HOST-02: every store-level PID is a factory PID with a form and a name hint")
    void factoryPids(String pid) throws IOException {
        String xml = metatype(pid);
        assertTrue(xml.contains("<Designate factoryPid=\"" + pid + "\">"), xml);
        assertTrue(xml.contains("webconsole.configurationFactory.nameHint"), xml);
    }

    @Test
    @DisplayName("HOST-02: enums are drop-downs with DESIGN's defaults; the integration is a single PID; no secret is a field")
    void dropDownsAndDefaults() throws IOException {
        assertTrue(metatype("org.ecomhub.amazon.integration").contains("<Designate pid=\"org.ecomhub.amazon.integration\">"));
        assertTrue(options(metatype("org.ecomhub.amazon.integration"), "stock.export.frequency")
                .containsAll(List.of("MINUTES_30", "MINUTES_60", "HOURS_12", "HOURS_24")));
        assertEquals(23, options(metatype("org.ecomhub.amazon.store"), "marketplace").size(), "every marketplace");
        assertTrue(metatype("org.ecomhub.amazon.orders.fbm").contains("id=\"import.from.status\" type=\"String\" name=\"Import from status\" default=\"UNSHIPPED\""));
        assertTrue(metatype("org.ecomhub.amazon.orders.fba").contains("default=\"SHIPPED\""));
        assertTrue(!metatype("org.ecomhub.amazon.orders.fba").contains("assign.numbers"), "FBM only");
        for (String pid : List.of("org.ecomhub.amazon.integration", "org.ecomhub.amazon.store")) {
            assertTrue(!metatype(pid).toLowerCase().contains("secret\"") && !metatype(pid).contains("refresh.token"),
                    "SEC-01: no secret field in " + pid);
        }
    }

    private static List<String> options(String xml, String attribute) {
        int start = xml.indexOf("<AD id=\"" + attribute + "\"");
        String ad = xml.substring(start, xml.indexOf("</AD>", start));
        Matcher m = Pattern.compile("<Option label=\"[^\"]*\" value=\"([^\"]*)\"").matcher(ad);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
