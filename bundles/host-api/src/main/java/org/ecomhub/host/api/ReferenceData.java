package org.ecomhub.host.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Codes the plugin's settings and orders refer to: tax codes, sales order groups, sales accounts. Read only.
 * Every method may throw {@link HostUnavailableException}.
 */
@ConsumerType
public interface ReferenceData {

    /** All tax codes, ordered by code. */
    List<TaxCode> taxCodes();

    /** A tax code by its exact code (TAX-05); empty if none. */
    Optional<TaxCode> findTaxCode(String code);

    /** All sales order groups, ordered by code (ORD-04). */
    List<SalesOrderGroup> salesOrderGroups();

    /** All sales accounts, ordered by code (TAX-04). */
    List<SalesAccount> salesAccounts();
}
