package org.ecomhub.stores.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.ecomhub.amazon.api.settings.SettingValues;

/**
 * Settings as text: for the database snapshot and the {@code etc/*.cfg} files. Lists become comma-separated text,
 * which the settings readers accept; everything is read back as text.
 */
final class PropertiesText {

    private PropertiesText() {
    }

    /** One value as the text a reader accepts. */
    static String text(Object value) {
        return SettingValues.text(value, ",");
    }

    /** Sorted text values, so two snapshots compare equal when their settings are. */
    static Map<String, String> normalise(Map<String, ?> properties) {
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(k, text(v)));
        return sorted;
    }

    static String write(Map<String, ?> properties) {
        Properties p = new Properties();
        normalise(properties).forEach(p::setProperty);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // drop the date comment line, so equal settings give equal text
        return out.toString().lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    static Map<String, Object> read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> map = new TreeMap<>();
        p.stringPropertyNames().forEach(name -> map.put(name, p.getProperty(name)));
        return map;
    }
}
