package dev.digestbot.cli;

import dev.digestbot.edition.EditionPolicy;

/** Looks up a destination named on the command line. */
final class Destinations {
    private Destinations() {}

    /** The policy of {@code name}; an unknown name is a usage error listing the known ones. */
    static EditionPolicy policy(App app, String name) {
        EditionPolicy policy = app.policies().get(name);
        if (policy == null) {
            String known = app.policies().isEmpty()
                    ? "none are configured"
                    : "known: " + String.join(", ", app.policies().keySet());
            throw new UsageException("no destination '" + name + "' in the config (" + known + ")");
        }
        return policy;
    }
}
