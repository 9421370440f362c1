/**
 * Typed settings of every configuration PID, with their defaults and the pure validators of every rule that
 * spans settings. The {@code stores} bundle is the only consumer of the PIDs; the shell and the web console use
 * the same validators before they write, so a setting is judged the same way wherever it is typed.
 */
@Export
@Version("1.1.0")
package org.ecomhub.amazon.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
