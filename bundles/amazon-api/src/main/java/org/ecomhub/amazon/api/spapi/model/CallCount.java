package org.ecomhub.amazon.api.spapi.model;

/**
 * Calls made under one account label (a store alias or a poll group) for one operation (API-07). A call is one
 * request, retries and 429s included; {@code throttled} counts the 429s among them. LWA requests are counted under
 * operation {@code lwa} and presigned-URL transfers under {@code transfer}, apart from SP-API operations.
 */
public record CallCount(String account, String operation, long calls, long throttled) {
}
