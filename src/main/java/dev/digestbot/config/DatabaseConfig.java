package dev.digestbot.config;

import java.nio.file.Path;

/**
 * The {@code database} section. The password comes from {@code DIGESTBOT_DATABASE_PASSWORD} only and
 * prints as {@code (secret)}.
 *
 * @param url the JDBC URL
 * @param user the database user
 * @param password the database password, from the environment
 */
public record DatabaseConfig(String url, String user, Secret password) {
    /** The user of the embedded H2 database. */
    public static final String DEFAULT_USER = "sa";

    /**
     * The embedded H2 file database under {@code dataDir}. {@code AUTO_SERVER} lets a second process
     * ({@code digestbot status} while {@code digestbot run} runs) open the same file.
     */
    public static String defaultUrl(Path dataDir) {
        String dir = dataDir.toString().replace('\\', '/');
        String file = dataDir.isAbsolute() ? dir : "./" + dir;
        return "jdbc:h2:file:" + file + "/digestbot;AUTO_SERVER=TRUE";
    }

    /** The embedded database under {@code dataDir}, with no password. */
    public static DatabaseConfig embedded(Path dataDir) {
        return new DatabaseConfig(defaultUrl(dataDir), DEFAULT_USER, Secret.NONE);
    }
}
