package org.ecomhub.amazon.api.settings;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A setting's value as text, whatever type Config Admin or a {@code .cfg} file gave it. */
public final class SettingValues {

    private SettingValues() {
    }

    /**
     * The value as text: an array or a collection (a typed Config Admin value) joined with {@code separator},
     * {@code null} as the empty text, anything else as {@link String#valueOf(Object)}.
     */
    public static String text(Object value, String separator) {
        if (value == null) {
            return "";
        }
        List<String> items = new ArrayList<>();
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.add(String.valueOf(item)));
        } else {
            return String.valueOf(value);
        }
        return String.join(separator, items);
    }
}
