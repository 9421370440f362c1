package org.ecomhub.amazon.api.spapi.model;

/** Restricted delivery address (includedData=RECIPIENT). Never logged: {@link #toString()} hides it. */
public record DeliveryAddress(String name, String companyName, String addressLine1, String addressLine2,
        String addressLine3, String city, String districtOrCounty, String stateOrRegion, String municipality,
        String postalCode, String countryCode, String phone, String addressType) {
    @Override
    public String toString() {
        return "DeliveryAddress[<restricted>, country=" + countryCode + "]";
    }
}
