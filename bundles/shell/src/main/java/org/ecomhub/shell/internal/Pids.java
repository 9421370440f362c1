package org.ecomhub.shell.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.settings.TaxSettings;

/** The short names the commands accept for a store's six configurations. */
final class Pids {

    static final Map<String, String> SHORT_NAMES = new LinkedHashMap<>();

    static {
        SHORT_NAMES.put("store", StoreSettings.PID);
        SHORT_NAMES.put("fbm", FulfilmentChannel.FBM.ordersPid());
        SHORT_NAMES.put("fba", FulfilmentChannel.FBA.ordersPid());
        SHORT_NAMES.put("products", ProductSettings.PID);
        SHORT_NAMES.put("tax", TaxSettings.PID);
        SHORT_NAMES.put("stock", StockSettings.PID);
    }

    private Pids() {
    }

    /** @throws IllegalArgumentException naming the accepted names */
    static String pid(String text) {
        if (SHORT_NAMES.containsValue(text)) {
            return text;
        }
        String pid = SHORT_NAMES.get(text);
        if (pid == null) {
            throw new IllegalArgumentException("'" + text + "' is not one of a store's settings; use one of "
                    + String.join(", ", SHORT_NAMES.keySet()));
        }
        return pid;
    }
}
