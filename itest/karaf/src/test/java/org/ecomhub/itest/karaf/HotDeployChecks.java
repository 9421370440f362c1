package org.ecomhub.itest.karaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * What the hot-deploy test reads to tell that the plugin came back: Declarative Services' runtime DTOs, the store's
 * {@code Store} service, the host's orders, and {@code data/log/karaf.log}. Deliberately by names only: the probe must
 * not load a class of {@code amazon-api} or {@code host-api}, or refreshing those bundles would refresh the probe too.
 */
final class HotDeployChecks {

    static final String STORE_CLASS = "org.ecomhub.amazon.api.store.Store";
    private static final String OUR_PREFIX = "org.ecomhub.";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    HotDeployChecks(BundleContext context, ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /**
     * Components of our bundles that are not running as they should: disabled, waiting for a reference, or failed.
     * A component that needs a configuration nobody made (e.g. a factory PID) is fine.
     */
    List<String> componentsNotSatisfied() {
        List<String> problems = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (!isOurs(b) || b.getState() != Bundle.ACTIVE) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                if (!scr.isComponentEnabled(d)) {
                    problems.add(d.name + " disabled");
                    continue;
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    boolean fine = c.state == ComponentConfigurationDTO.ACTIVE
                            || c.state == ComponentConfigurationDTO.SATISFIED
                            || (c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                                    && "require".equals(d.configurationPolicy));
                    if (!fine) {
                        problems.add(d.name + " state " + c.state + " unsatisfied " + unsatisfied(c)
                                + (c.failure == null ? "" : " failure " + c.failure));
                    }
                }
            }
        }
        return problems;
    }

    /** Names of the bundle's components that are SATISFIED or ACTIVE. */
    List<String> satisfiedComponents(Bundle bundle) {
        List<String> names = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED) {
                    names.add(d.name);
                }
            }
        }
        return names;
    }

    /**
     * Our components whose greedy {@code java.time.Clock} reference is bound to another service than
     * {@code serviceId} (a reluctant one keeps what it has by design: see {@link #clockReferencesNotGreedy()}).
     */
    List<String> clockNotBoundTo(long serviceId) {
        List<String> wrong = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (!isOurs(b) || b.getState() != Bundle.ACTIVE) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    for (SatisfiedReferenceDTO r : c.satisfiedReferences) {
                        if (!isClockReference(d, r.name) || !"greedy".equals(policyOption(d, r.name))) {
                            continue;
                        }
                        for (var s : r.boundServices) {
                            if (s.id != serviceId) {
                                wrong.add(d.name + " -> service " + s.id);
                            }
                        }
                    }
                }
            }
        }
        return wrong;
    }

    /** The store's {@code Store} services (by class name, see the class comment). */
    List<ServiceReference<?>> storeServices(String alias) throws InvalidSyntaxException {
        ServiceReference<?>[] found = context.getAllServiceReferences(STORE_CLASS, "(store.alias=" + alias + ")");
        return found == null ? List.of() : List.of(found);
    }

    /** How many sales orders the host holds (the reference host's table, through the shared DataSource). */
    static long hostOrderCount(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ERP_ORDER")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The host's orders per Amazon order id, from {@code erp:orders --json} (the host's own view): an order counts
     * under its external reference and under the order id of each of its lines' references ({@code <order>/<item>}),
     * so an Amazon order in two host orders counts twice. Also fills {@code lineCounts} per line reference.
     */
    static Map<String, Integer> hostOrdersPerAmazonOrder(String ordersJson, Map<String, Integer> lineCounts) {
        Map<String, Integer> perOrder = new TreeMap<>();
        for (Object entry : JsonText.array(ordersJson)) {
            Map<?, ?> order = (Map<?, ?>) entry;
            java.util.Set<String> ids = new java.util.TreeSet<>();
            Object reference = order.get("externalReference");
            if (reference != null) {
                ids.add(reference.toString());
            }
            for (Object line : (List<?>) order.get("lines")) {
                Object lineRef = ((Map<?, ?>) line).get("externalReference");
                if (lineRef != null) {
                    lineCounts.merge(lineRef.toString(), 1, Integer::sum);
                    ids.add(lineRef.toString().split("/")[0]);
                }
            }
            ids.forEach(id -> perOrder.merge(id, 1, Integer::sum));
        }
        return perOrder;
    }

    /**
     * ERROR entries of {@code karaf.log} that carry a stack trace and name one of our packages or bundles, between
     * the byte offsets {@code from} and {@code to}, each with its first lines. Karaf's pattern starts every entry
     * with a timestamp and {@code | LEVEL |}; the lines up to the next entry are its stack.
     */
    static List<String> ourErrorsWithStack(Path karafLog, long from, long to, List<Pattern> allowed)
            throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.exists(karafLog)) {
            return found;
        }
        byte[] bytes = Files.readAllBytes(karafLog);
        int first = (int) Math.min(from, bytes.length);
        int end = (int) Math.min(to, bytes.length);
        String text = new String(bytes, first, Math.max(0, end - first), StandardCharsets.UTF_8);
        Pattern start = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*?\\|\\s*([A-Z]+)\\s*\\|.*");
        List<String> entry = new ArrayList<>();
        String level = null;
        for (String line : (text + "\n2000-01-01T00:00:00 | END |").split("\n")) {
            var m = start.matcher(line);
            if (m.matches()) {
                if ("ERROR".equals(level) && isOursWithStack(entry) && !isAllowed(entry, allowed)) {
                    found.add(String.join("\n", entry.subList(0, Math.min(entry.size(), 40))));
                }
                entry = new ArrayList<>();
                level = m.group(1);
            }
            entry.add(line);
        }
        return found;
    }

    private static boolean isOursWithStack(List<String> entry) {
        boolean stack = entry.stream().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:"));
        boolean ours = entry.stream().anyMatch(l -> l.contains(OUR_PREFIX) || l.contains(" - ecomhub "));
        return stack && ours;
    }

    private static boolean isAllowed(List<String> entry, List<Pattern> allowed) {
        String text = String.join("\n", entry);
        return allowed.stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * Services not rebound: optional references of our active components that hold no service although a matching
     * one is registered (a mandatory one left unbound shows as an unsatisfied component instead).
     */
    List<String> optionalReferencesUnbound() throws InvalidSyntaxException {
        List<String> found = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (!isOurs(b) || b.getState() != Bundle.ACTIVE) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state != ComponentConfigurationDTO.ACTIVE) {
                        continue;
                    }
                    for (SatisfiedReferenceDTO r : c.satisfiedReferences) {
                        String type = interfaceName(d, r.name);
                        if (r.boundServices.length > 0 || type == null) {
                            continue;
                        }
                        ServiceReference<?>[] available = context.getAllServiceReferences(type, r.target);
                        if (available != null && available.length > 0) {
                            found.add(d.name + "." + r.name + " (" + type + ") holds nothing; registered: "
                                    + available.length);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String interfaceName(ComponentDescriptionDTO d, String referenceName) {
        for (var r : d.references) {
            if (r.name.equals(referenceName)) {
                return r.interfaceName;
            }
        }
        return null;
    }

    /** HOST-08: our components whose Clock reference is not static greedy, so a higher-ranked Clock is not taken. */
    List<String> clockReferencesNotGreedy() {
        List<String> found = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (!isOurs(b) || b.getState() != Bundle.ACTIVE) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                for (var r : d.references) {
                    if ("java.time.Clock".equals(r.interfaceName) && !"greedy".equals(r.policyOption)) {
                        found.add(d.name + " reference " + r.name + " is " + r.policy + " " + r.policyOption);
                    }
                }
            }
        }
        return found;
    }

    private static String policyOption(ComponentDescriptionDTO d, String referenceName) {
        for (var r : d.references) {
            if (r.name.equals(referenceName)) {
                return r.policyOption;
            }
        }
        return null;
    }

    private boolean isClockReference(ComponentDescriptionDTO d, String referenceName) {
        for (var r : d.references) {
            if (r.name.equals(referenceName)) {
                return "java.time.Clock".equals(r.interfaceName);
            }
        }
        return false;
    }

    private static List<String> unsatisfied(ComponentConfigurationDTO c) {
        List<String> names = new ArrayList<>();
        for (UnsatisfiedReferenceDTO r : c.unsatisfiedReferences) {
            names.add(r.name + (r.target == null ? "" : " " + r.target));
        }
        return names;
    }

    static boolean isOurs(Bundle b) {
        String name = b.getSymbolicName();
        return name != null && name.startsWith(OUR_PREFIX) && !name.startsWith("org.ecomhub.itest");
    }
}
