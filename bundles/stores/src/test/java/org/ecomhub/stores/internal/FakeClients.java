package org.ecomhub.stores.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;

/** The connector's code grant: a known code gives a known token once; anything else is invalid_grant. */
final class FakeClients implements SellingPartnerClients {

    final List<String> codes = new ArrayList<>();
    final List<URI> redirects = new ArrayList<>();
    final List<String> secretsSeen = new ArrayList<>();
    String validCode = "good-code";
    String token = "Atzr|IwEBIKnownRefreshTokenFromConsent0123456789";

    @Override
    public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
        throw new UnsupportedOperationException("not needed");
    }

    @Override
    public RefreshToken exchangeAuthorizationCode(ConnectionSettings settings, String code, URI redirectUri) {
        codes.add(code);
        redirects.add(redirectUri);
        secretsSeen.add(settings.clientSecret().get());
        if (!code.equals(validCode)) {
            throw new SpApiAuthorizationException("token", SpApiAuthorizationException.Reason.INVALID_GRANT,
                    "invalid_grant");
        }
        validCode = null;
        return new RefreshToken(token);
    }
}
