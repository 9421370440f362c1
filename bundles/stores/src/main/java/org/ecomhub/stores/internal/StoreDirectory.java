package org.ecomhub.stores.internal;

import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.PollGroup;

/** What the scheduler and the authoriser read of the registry. */
interface StoreDirectory {

    IntegrationSettings integration();

    List<PollGroup> groups();

    List<StoreSnapshot> storesOf(PollGroup group);

    Optional<StoreSnapshot> store(String alias);

    AuthorisationState authorisation(PollGroup group);

    ConnectionSettings connectionSettings(PollGroup group);

    void authorisationFailed(PollGroup group, String reason);
}
