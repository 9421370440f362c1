package org.ecomhub.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.StockExportFrequency;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.settings.TaxSettings;

/**
 * Completes {@code name=value} changes of {@code amazon:store-config}: every setting name with {@code =}, and for
 * enum and boolean settings every allowed value, taken from the settings API so they never drift apart.
 */
@Service
public class SettingCompleter implements Completer {

    static final Map<String, List<String>> VALUES = new LinkedHashMap<>();

    static {
        List<String> bool = List.of("true", "false");
        names(IntegrationSettings.DEFAULTS.toProperties().keySet());
        names(StoreSettings.from(Map.of("alias", "A", "marketplace", "ATVPDKIKX0DER", "seller.id", "A2SELLER0001"))
                .toProperties().keySet());
        names(OrderSettings.defaults(FulfilmentChannel.FBM, "A").toProperties().keySet());
        names(ProductSettings.defaults("A").toProperties().keySet());
        names(TaxSettings.defaults("A").toProperties().keySet());
        names(StockSettings.defaults("A", true).toProperties().keySet());
        VALUES.remove("store");
        VALUES.remove(StoreSettings.ALIAS);
        values(IntegrationSettings.STOCK_EXPORT_FREQUENCY, StockExportFrequency.values());
        values(StoreSettings.BUYER_DETAILS, BuyerDetails.values());
        values(OrderSettings.IMPORT_OPTION, OrderSettings.ImportOption.values());
        values(OrderSettings.SINGLE_CUSTOMER_MODE, OrderSettings.SingleCustomerMode.values());
        values(OrderSettings.IMPORT_FROM_STATUS, OrderSettings.ImportFromStatus.values());
        values(OrderSettings.ORDER_STATUS, OrderSettings.HostOrderStatus.values());
        values(OrderSettings.ASSIGN_NUMBERS, OrderSettings.NumberAssignment.values());
        values(ProductSettings.CODE_MAPPING, ProductSettings.CodeMapping.values());
        values(TaxSettings.MODE, TaxSettings.TaxMode.values());
        values(TaxSettings.FACILITATOR_TAX, TaxSettings.FacilitatorTax.values());
        for (String name : List.of(StoreSettings.ENABLED, ProductSettings.CREATE_ON_IMPORT, ProductSettings.SYNC,
                ProductSettings.ACCOUNTING_INVOICE, TaxSettings.PRICES_INCLUDE_TAX, StockSettings.EXPORT,
                StockSettings.INCLUDE_CAN_ASSEMBLE, StockSettings.OWNS_SHARED_STOCK)) {
            VALUES.put(name, bool);
        }
    }

    private static void names(Iterable<String> names) {
        names.forEach(n -> VALUES.putIfAbsent(n, List.of()));
    }

    private static void values(String name, Enum<?>[] constants) {
        VALUES.put(name, Arrays.stream(constants).map(Enum::name).toList());
    }

    /** Every {@code name=} and {@code name=VALUE} the completer offers. */
    static List<String> candidates() {
        List<String> all = new ArrayList<>();
        VALUES.forEach((name, values) -> {
            all.add(name + "=");
            values.forEach(v -> all.add(name + "=" + v));
        });
        return all;
    }

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(candidates(), true).complete(session, commandLine, candidates);
    }
}
