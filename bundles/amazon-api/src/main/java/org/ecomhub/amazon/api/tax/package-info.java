/**
 * Tax strategies (TAX-01..06): how Amazon's money of one order is booked as host lines and charges. One
 * {@link org.ecomhub.amazon.api.tax.TaxStrategy} service per mode, told apart by the {@code mode} service property.
 */
@Export
@Version("1.0.0")
package org.ecomhub.amazon.api.tax;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
