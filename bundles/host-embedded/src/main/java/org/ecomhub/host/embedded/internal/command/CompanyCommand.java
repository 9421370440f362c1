package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.CompanySettings;
import org.ecomhub.host.embedded.internal.HostAdmin;

/** erp:company: shows the company settings, or switches batch tracking, serial numbers, accounting on or off. */
@Service
@Command(scope = "erp", name = "company", description = "Shows the company settings and currencies; "
        + "--batch-tracking, --serialised, --accounting on|off switch them")
public class CompanyCommand extends ErpCommand {

    @Reference
    Company company;

    @Reference
    HostAdmin admin;

    @Option(name = "--batch-tracking", description = "on or off")
    String batchTracking;

    @Option(name = "--serialised", description = "on or off")
    String serialised;

    @Option(name = "--accounting", description = "on or off")
    String accounting;

    @Option(name = "--json", description = "print JSON")
    boolean json;

    @Override
    void run(PrintStream out) {
        CompanySettings now = company.settings();
        if (batchTracking != null || serialised != null || accounting != null) {
            admin.setCompanySettings(flag("--batch-tracking", batchTracking, now.batchTracking()),
                    flag("--serialised", serialised, now.serialisedProducts()),
                    flag("--accounting", accounting, now.accountingIntegration()));
            now = company.settings();
        }
        if (json) {
            Output.json(out, Output.obj("batchTracking", now.batchTracking(), "serialisedProducts", now.serialisedProducts(),
                    "accountingIntegration", now.accountingIntegration(), "baseCurrency", now.baseCurrency(),
                    "currencies", now.currencies().stream().sorted().toList()));
            return;
        }
        Output.table("Setting", "Value")
                .row("Batch tracking", onOff(now.batchTracking()))
                .row("Serialised products", onOff(now.serialisedProducts()))
                .row("Accounting integration", onOff(now.accountingIntegration()))
                .row("Base currency", now.baseCurrency())
                .row("Currencies", String.join(", ", now.currencies().stream().sorted().toList()))
                .print(out, "");
    }

    private static boolean flag(String option, String value, boolean current) {
        if (value == null) {
            return current;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(option + " takes on or off; got '" + value + "'");
        };
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
