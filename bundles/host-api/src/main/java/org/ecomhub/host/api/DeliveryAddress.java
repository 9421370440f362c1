package org.ecomhub.host.api;

/**
 * Where an FBM order goes (ORD-09: only with buyer details RESTRICTED; buyer data, never logged). Every field but
 * {@code countryCode} may be {@code null}.
 *
 * @param name        the recipient
 * @param countryCode ISO 3166-1 alpha-2, e.g. {@code GB}
 */
public record DeliveryAddress(String name, String addressLine1, String addressLine2, String addressLine3, String city,
                              String region, String postalCode, String countryCode, String phone) {
    public DeliveryAddress {
        Checks.code(countryCode, "country code");
    }

    @Override
    public String toString() {
        return "DeliveryAddress[" + countryCode + ", details withheld]"; // buyer data stays out of logs
    }
}
