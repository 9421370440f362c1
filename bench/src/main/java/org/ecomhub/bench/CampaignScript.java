package org.ecomhub.bench;

import java.nio.file.Path;

/**
 * The campaign app's local-console init script ({@code etc/campaign.script}, run at each start, idempotent): demo
 * ERP data, app credentials, the {@link CampaignStore}s installed, configured, authorised with their seller's token and
 * ON; at the first start only, the listings of a store that creates no products become host products. Then it waits
 * for {@code find-missing.request} and runs "find missing orders" for every store between markers. It never ends, so
 * the console never reads its (empty) input and prints no prompts.
 */
final class CampaignScript {
    private CampaignScript() {
    }

    static String of(Path request, boolean firstStart) {
        StringBuilder script = new StringBuilder();
        // both command sets must be there (they register as their bundles start); seed-demo can run again
        script.append("until { try { amazon:store-list --json > /dev/null ; erp:seed-demo ; true } { false } }"
                + " { sleep 1 }\n");
        script.append("echo sim-client-secret | amazon:app-credentials --stdin ")
                .append("amzn1.application-oa2-client.simulator\n");
        for (CampaignStore s : CampaignStore.ALL) {
            String alias = s.alias();
            script.append("try { amazon:store-install ").append(alias).append(' ').append(s.marketplace().name())
                    .append(' ').append(s.sellerId()).append(" } { echo \"(").append(alias)
                    .append(" installed already)\" }\n");
            script.append("amazon:store-config ").append(alias).append(" fbm warehouse=MAIN sales.order.group=AMAZON");
            if (s.consolidated()) {
                // ORD-02: one order per day under one host customer
                script.append(" import.option=SINGLE_CUSTOMER single.customer=")
                        .append(CampaignStore.CONSOLIDATION_CUSTOMER)
                        .append(" single.customer.mode=DAILY_CONSOLIDATED");
            }
            script.append('\n');
            script.append("amazon:store-config ").append(alias)
                    .append(" fba warehouse=FBA-UK sales.order.group=AMAZON\n");
            script.append("amazon:store-config ").append(alias)
                    .append(" tax \"tax.codes=20=STANDARD,5=REDUCED,0=ZERO\" default.tax.code=STANDARD\n");
            if (!s.createProducts()) {
                // PROD-01 off (set at each start like the rest: the app keeps no configuration over a restart); the
                // listings become host products at set-up only, so a SKU listed later fails its order
                script.append("amazon:store-config ").append(alias).append(" products create.on.import=false\n");
            }
            script.append("echo \"").append(s.refreshToken()).append("\" | amazon:store-auth --token --stdin ")
                    .append(alias).append('\n');
            script.append("try { amazon:store-enable --yes ").append(alias).append(" } { echo \"(").append(alias)
                    .append(" is ON already)\" }\n");
        }
        for (CampaignStore s : CampaignStore.ALL) {
            if (!s.createProducts() && firstStart) {
                // the store's ON reaches the job engine a moment after store-enable returns
                script.append("sleep 3\n");
                script.append("try { amazon:products-import ").append(s.alias()).append(" } { echo \"(")
                        .append(s.alias()).append(" products-import failed)\" }\n");
            }
        }
        script.append("amazon:store-list\necho CAMPAIGN-SETUP-DONE\n");
        // at the end the campaign writes the request file: "find missing orders" for every store, once
        script.append("until { (new java.io.File \"").append(request.toString().replace("\\", "/"))
                .append("\") exists } { sleep 1 }\n");
        script.append("echo FIND-MISSING-START\n");
        for (CampaignStore s : CampaignStore.ALL) {
            script.append("try { amazon:orders-find-missing --days 7 ").append(s.alias()).append(" } { echo \"")
                    .append(s.alias()).append(" find-missing failed\" }\n");
        }
        script.append("echo FIND-MISSING-DONE\n");
        script.append("until { false } { sleep 86400 }\n");
        return script.toString();
    }
}
