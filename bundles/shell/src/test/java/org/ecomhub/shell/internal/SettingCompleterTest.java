package org.ecomhub.shell.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingCompleterTest {

    @Test
    @DisplayName("HOST-05: store-config completes setting names and the enum values from the settings API")
    void completesNamesAndEnums() {
        List<String> all = SettingCompleter.candidates();
        assertTrue(all.contains("order.status=PLACED"), all.toString());
        assertTrue(all.contains("stock.export.frequency=HOURS_12"));
        assertTrue(all.contains("export=true"));
        assertTrue(all.contains("sell.price.tier="));
        assertTrue(all.contains("store.limit="));
        assertFalse(all.contains("alias="), "the alias is fixed");
    }
}
