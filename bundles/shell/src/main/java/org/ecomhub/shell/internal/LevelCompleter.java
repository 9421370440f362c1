package org.ecomhub.shell.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ecomhub.amazon.api.log.LevelFilter;

/** Completes {@code --level} with ALL, ERROR, INFO and DEBUG, taken from the API so they never drift apart. */
@Service
public class LevelCompleter implements Completer {

    private final StringsCompleter levels =
            new StringsCompleter(Arrays.stream(LevelFilter.values()).map(Enum::name).toList(), false);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return levels.complete(session, commandLine, candidates);
    }
}
