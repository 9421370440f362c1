package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.HostException;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrders;
import org.ecomhub.host.embedded.internal.HostAdmin;

/** erp:dispatch: a person ships an order, or some of its lines (SHIP-01 picks the dispatch up). */
@Service
@Command(scope = "erp", name = "dispatch", description = "Ships an order (all it has not shipped yet, or the lines "
        + "given) with a carrier and tracking number; the plugin confirms FBM shipments to Amazon")
public class DispatchCommand extends ErpCommand {

    @Reference
    SalesOrders orders;

    @Reference
    HostAdmin admin;

    @Reference
    Clock clock;

    @Argument(index = 0, name = "order", description = "order number or external reference (e.g. the Amazon order id)",
            required = true)
    @Completion(OpenOrderCompleter.class)
    String order;

    /** Karaf stops reading options at the first argument: options written after the order arrive here. */
    @Argument(index = 1, name = "options", description = "the options may also follow the order", multiValued = true)
    List<String> trailing;

    @Option(name = "--carrier", description = "carrier name, e.g. Royal Mail (required)")
    String carrier;

    @Option(name = "--tracking", description = "tracking number")
    String tracking;

    @Option(name = "--line", description = "<line external reference>=<quantity>; repeat for more lines; "
            + "leave out to ship everything not shipped yet", multiValued = true)
    List<String> lines;

    @Option(name = "--date", description = "ship date yyyy-MM-dd (default: today)")
    String date;

    @Override
    void run(PrintStream out) {
        readTrailingOptions();
        if (carrier == null || carrier.isBlank()) {
            throw new IllegalArgumentException("--carrier is required, e.g. erp:dispatch " + order
                    + " --carrier \"Royal Mail\" --tracking RM123456785GB");
        }
        SalesOrder found = Orders.find(orders, order);
        Map<String, BigDecimal> quantities = parseLines(found);
        LocalDate shipDate = parseDate();
        String id;
        try {
            id = admin.dispatch(found.orderNumber(), carrier, tracking, shipDate, quantities);
        } catch (HostException e) {
            throw new IllegalArgumentException("cannot dispatch " + found.orderNumber() + ": " + e.getMessage(), e);
        }
        out.println("Dispatched " + found.orderNumber() + " (" + found.externalReference() + ") as " + id + " with "
                + carrier + (tracking == null ? "" : " " + tracking) + " on " + shipDate);
    }

    private void readTrailingOptions() {
        if (trailing == null) {
            return;
        }
        for (int i = 0; i < trailing.size(); i++) {
            String name = trailing.get(i);
            if (!List.of("--carrier", "--tracking", "--line", "--date").contains(name)) {
                throw new IllegalArgumentException("unexpected '" + name + "': erp:dispatch takes one order, then "
                        + "--carrier, --tracking, --line <line ref>=<quantity> (repeatable) and --date yyyy-MM-dd");
            }
            if (i + 1 >= trailing.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = trailing.get(++i);
            switch (name) {
                case "--carrier" -> carrier = value;
                case "--tracking" -> tracking = value;
                case "--date" -> date = value;
                default -> {
                    lines = lines == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(lines);
                    lines.add(value);
                }
            }
        }
    }

    private Map<String, BigDecimal> parseLines(SalesOrder found) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (lines == null) {
            return out;
        }
        for (String spec : lines) {
            int eq = spec.lastIndexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("--line takes <line external reference>=<quantity>, e.g. --line "
                        + exampleRef(found) + "=1; got '" + spec + "'");
            }
            String ref = spec.substring(0, eq);
            if (found.line(ref).isEmpty()) {
                throw new IllegalArgumentException("order " + found.orderNumber() + " has no line '" + ref
                        + "'; its lines are " + found.lines().stream().map(l -> l.externalReference()).toList());
            }
            try {
                out.put(ref, new BigDecimal(spec.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the quantity in --line " + spec + " is not a number");
            }
        }
        return out;
    }

    private LocalDate parseDate() {
        if (date == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date takes a date as yyyy-MM-dd, e.g. 2026-11-27; got '" + date + "'");
        }
    }

    private static String exampleRef(SalesOrder found) {
        return found.lines().isEmpty() ? "LINE-REF" : found.lines().get(0).externalReference();
    }
}
