/**
 * The Amazon integration's own API: stores, settings, engines and the connection log.
 */
@Export
@Version("1.0.0")
package org.ecomhub.amazon.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
