package org.ecomhub.amazon.api.store;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.osgi.annotation.versioning.ProviderType;

/** The connection settings of each seller and region, for anything that calls Amazon outside a job. */
@ProviderType
public interface StoreConnections {

    /**
     * The settings for {@code SellingPartnerClients.client(seller, region, settings)}: the app's client id and
     * endpoints, and suppliers that read the client secret and the group's refresh token from the encrypted store
     * when the connector needs them.
     */
    ConnectionSettings connectionSettings(PollGroup group);

    /**
     * Tells the registry that Amazon refused the group's authorisation (invalid_grant, access denied): every store
     * of the group needs re-authorisation, its jobs pause and an ERROR entry says what to do (STORE-07).
     */
    void authorisationFailed(PollGroup group, String reason);
}
