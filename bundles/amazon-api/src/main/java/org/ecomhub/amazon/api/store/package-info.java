/**
 * The store model: the {@link org.ecomhub.amazon.api.store.Store} service (one per valid store), the admin services
 * the shell and the web console call ({@link org.ecomhub.amazon.api.store.StoreAdmin},
 * {@link org.ecomhub.amazon.api.store.StoreAuthorisation}, {@link org.ecomhub.amazon.api.store.StoreJobs}), and the
 * job contract later engines plug into ({@link org.ecomhub.amazon.api.store.JobEngine},
 * {@link org.ecomhub.amazon.api.store.StoreJob}). The {@code stores} bundle implements the services.
 */
@Export
@Version("2.0.0")
package org.ecomhub.amazon.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
