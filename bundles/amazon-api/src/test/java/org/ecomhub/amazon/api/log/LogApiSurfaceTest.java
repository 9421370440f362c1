package org.ecomhub.amazon.api.log;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

// covers LOG-04: buyer details are a type the log API does not accept
class LogApiSurfaceTest {

    /** Everything a caller can hand to the log API; a buyer-details type (or Object) is not among them. */
    private static final Set<Class<?>> ACCEPTED = Set.of(String.class, int.class, long.class, Instant.class,
            Duration.class, LogLevel.class, LevelFilter.class, LogCategory.class, FixAction.class, LogEvent.class,
            LogQuery.class, LogEntry.class);

    @Test
    @DisplayName("LOG-04: no public method or constructor of the log API takes a type outside our own small set")
    void acceptsOnlyOurOwnTypes() {
        List<String> offending = new ArrayList<>();
        for (Class<?> type : List.of(ConnectionLog.class, LogEvent.class, LogEntry.class, LogQuery.class,
                LevelFilter.class, SecretMask.class)) {
            Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                    .filter(member -> Modifier.isPublic(member.getModifiers()))
                    .filter(member -> !isRecordPlumbing(member))
                    .forEach(member -> {
                        for (Class<?> parameter : member.getParameterTypes()) {
                            if (!ACCEPTED.contains(parameter)) {
                                offending.add(type.getSimpleName() + "." + member.getName() + "(" + parameter.getName() + ")");
                            }
                        }
                    });
        }
        assertTrue(offending.isEmpty(), () -> "the log API accepts foreign types: " + offending);
    }

    private static boolean isRecordPlumbing(Executable member) {
        // equals(Object) of records and enums compares, it stores nothing
        return member.getName().equals("equals") || member.getName().equals("valueOf");
    }
}
