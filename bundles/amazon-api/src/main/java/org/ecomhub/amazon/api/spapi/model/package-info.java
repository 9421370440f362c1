/**
 * Wire records of the SP-API operations the connector uses, mapped from Amazon's JSON: money as
 * {@link java.math.BigDecimal}, timestamps as {@link java.time.Instant}, optional fields null or empty lists.
 * Records that carry buyer details hide them in {@code toString()} (ORD-09, LOG-04).
 */
@Export
@Version("1.0.0")
package org.ecomhub.amazon.api.spapi.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
