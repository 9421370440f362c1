package org.ecomhub.amazon.api.settings;

import java.util.Objects;

/**
 * One reason a configuration is refused: which setting is wrong and how to fix it.
 *
 * @param pid      the configuration PID the setting belongs to, e.g. {@code org.ecomhub.amazon.store}
 * @param property the property name, e.g. {@code alias}
 * @param problem  what is wrong, in the admin's words
 * @param fix      what to do about it
 */
public record SettingsProblem(String pid, String property, String problem, String fix) {

    public SettingsProblem {
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** One line for a log entry or a command's output. */
    public String describe() {
        return pid + " / " + property + ": " + problem + " Fix: " + fix;
    }
}
