/**
 * The connection log (LOG-01..04): what the integration did for each store, for the seller's admin.
 *
 * <p>Entries are appended as {@link org.ecomhub.amazon.api.log.LogEvent}s built from our own small types (levels,
 * categories, the fix catalogue, ids as text); nothing here takes an {@code Object}, so a buyer-details type has no
 * way in (LOG-04). Every text is passed through {@link org.ecomhub.amazon.api.log.SecretMask} before it is stored.
 */
@Export
@Version("1.1.0")
package org.ecomhub.amazon.api.log;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
