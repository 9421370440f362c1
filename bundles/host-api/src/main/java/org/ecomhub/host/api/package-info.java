/**
 * The host SPI: what an ERP implements so the Amazon integration can run inside it.
 */
@Export
@Version("1.0.0")
package org.ecomhub.host.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
