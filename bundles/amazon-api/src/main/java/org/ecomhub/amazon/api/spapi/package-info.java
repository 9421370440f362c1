/**
 * The SP-API client as the rest of the plugin sees it: {@link org.ecomhub.amazon.api.spapi.SellingPartnerClients}
 * hands out one {@link org.ecomhub.amazon.api.spapi.SellingPartnerClient} per seller account and region, built
 * from a {@link org.ecomhub.amazon.api.spapi.ConnectionSettings} record. Errors are typed
 * {@link org.ecomhub.amazon.api.spapi.SpApiException}s with a fixed meaning. Wire records live in
 * {@code org.ecomhub.amazon.api.spapi.model}.
 */
@Export
@Version("1.0.0")
package org.ecomhub.amazon.api.spapi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
