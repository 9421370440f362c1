package org.ecomhub.products.internal;

import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;

/** PROD-03: which Amazon identifier becomes the host product code. */
final class HostCodes {

    private HostCodes() {
    }

    /** The host code for a listing; empty when the chosen identifier is unknown (an ASIN not seen yet). */
    static String of(CodeMapping mapping, String sellerSku, String asin) {
        String code = mapping == CodeMapping.ASIN ? asin : sellerSku;
        return code == null ? "" : code.trim();
    }

    /** PROD-05: the Amazon product name, or the code when Amazon gave no name, since the host needs one. */
    static String description(String title, String code) {
        return title == null || title.isBlank() ? code : title.strip();
    }
}
