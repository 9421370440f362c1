package org.ecomhub.schema;

import java.util.List;

/**
 * One step of a component's schema: the SQL statements that take it from one version to the next.
 *
 * @param description what the step does, for the log and the version table
 * @param statements  SQL statements run in order inside one transaction
 */
public record Migration(String description, List<String> statements) {

    public Migration {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a migration needs a description");
        }
        if (statements == null || statements.isEmpty()) {
            throw new IllegalArgumentException("migration '" + description + "' has no statements");
        }
        statements = List.copyOf(statements);
    }

    public static Migration of(String description, String... statements) {
        return new Migration(description, List.of(statements));
    }
}
