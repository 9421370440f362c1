/**
 * Stock export to Amazon (STK-*, DATA-02) and the FBA stock comparison (FBA-01); implemented by the {@code stock}
 * bundle.
 */
@Export
@Version("1.0.0")
package org.ecomhub.amazon.api.stock;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
