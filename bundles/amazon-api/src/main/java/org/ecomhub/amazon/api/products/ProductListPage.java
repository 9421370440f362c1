package org.ecomhub.amazon.api.products;

import java.util.List;
import org.ecomhub.host.api.DisplayLink;

/**
 * One page of the product list (LIST-01).
 *
 * @param entries the rows of the page
 * @param offset  the offset the page starts at
 * @param more    whether a further page exists
 */
public record ProductListPage(List<Entry> entries, int offset, boolean more) {

    public ProductListPage {
        entries = List.copyOf(entries);
    }

    /**
     * A listed product: its mapping and where the host shows the product ({@code null} when the host no longer
     * knows the product).
     */
    public record Entry(ProductMapping mapping, DisplayLink hostLink) {
    }
}
