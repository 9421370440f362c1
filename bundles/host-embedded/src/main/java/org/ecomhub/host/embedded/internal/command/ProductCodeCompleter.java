package org.ecomhub.host.embedded.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;

/** Completes product codes (the first 1000). */
@Service
public class ProductCodeCompleter implements Completer {

    @Reference
    ProductCatalog catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> codes = catalog.products(null, 1000).stream().map(Product::code).toList();
        return new StringsCompleter(codes).complete(session, commandLine, candidates);
    }
}
