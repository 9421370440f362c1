package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one unit of a product is made of (STK-03). A component may have its own bill of materials; the host
 * guarantees no product is, directly or through its components, a component of itself.
 *
 * @param productCode  the product that is assembled
 * @param autoAssemble "can auto assemble": the host builds the product from its components when it is sold
 * @param components   the components, each product at most once per bill
 */
public record BillOfMaterials(String productCode, boolean autoAssemble, List<Component> components) {

    public BillOfMaterials {
        Checks.code(productCode, "product code");
        components = Checks.list(components, "components");
    }

    /** One line of a bill: so many units of the component go into one unit of the product. */
    public record Component(String productCode, BigDecimal quantity) {
        public Component {
            Checks.code(productCode, "component product code");
            Checks.positive(quantity, "component quantity");
        }
    }
}
