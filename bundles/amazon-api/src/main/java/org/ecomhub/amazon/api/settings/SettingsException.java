package org.ecomhub.amazon.api.settings;

import java.util.List;
import java.util.stream.Collectors;

/** Settings that cannot be applied, with every problem found (not just the first). */
public class SettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<SettingsProblem> problems;

    public SettingsException(List<SettingsProblem> problems) {
        super(problems.stream().map(SettingsProblem::describe).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SettingsException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
