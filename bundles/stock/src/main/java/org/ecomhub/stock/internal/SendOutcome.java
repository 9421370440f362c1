package org.ecomhub.stock.internal;

import java.util.List;
import java.util.Map;

/**
 * What Amazon said about the quantities sent.
 *
 * @param accepted per SKU the quantity Amazon accepted
 * @param rejected per SKU Amazon's reason
 * @param feedIds  the feeds used, empty for single patches
 */
record SendOutcome(Map<String, Long> accepted, Map<String, String> rejected, List<String> feedIds) {
}
