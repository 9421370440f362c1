package org.ecomhub.amazon.api.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What a job works on: one store, or a whole poll group (seller + region).
 *
 * @param group the poll group; for a store target, the store's group
 * @param alias the store's alias, or {@code null} for a group target
 */
public record JobTarget(PollGroup group, String alias) {

    public JobTarget {
        Objects.requireNonNull(group, "group");
    }

    public static JobTarget store(String alias, PollGroup group) {
        return new JobTarget(group, Objects.requireNonNull(alias, "alias"));
    }

    public static JobTarget group(PollGroup group) {
        return new JobTarget(group, null);
    }

    public Optional<String> store() {
        return Optional.ofNullable(alias);
    }

    @Override
    public String toString() {
        return alias != null ? "store " + alias : "poll group " + group.key();
    }
}
