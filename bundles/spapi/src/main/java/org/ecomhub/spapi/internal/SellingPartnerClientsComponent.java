package org.ecomhub.spapi.internal;

import java.net.URI;
import java.time.Clock;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link SellingPartnerClients} service. Reads no configuration: {@code stores} passes
 * {@link ConnectionSettings}. Time, token expiry and every wait follow the Clock service (HOST-08).
 */
@Component(service = SellingPartnerClients.class)
public class SellingPartnerClientsComponent implements SellingPartnerClients {
    private final SellingPartnerConnector connector;

    @Activate
    public SellingPartnerClientsComponent(
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.connector = SellingPartnerConnector.create(clock);
    }

    @Deactivate
    void deactivate() {
        connector.close();
    }

    @Override
    public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
        return connector.client(sellerId, region, settings);
    }

    @Override
    public RefreshToken exchangeAuthorizationCode(ConnectionSettings settings, String code, URI redirectUri) {
        return connector.exchangeAuthorizationCode(settings, code, redirectUri);
    }
}
