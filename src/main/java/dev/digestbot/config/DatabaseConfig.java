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
     * ({@code digestbot status} while {@code digestbot run} runs) open the same file. {@code
     * WRITE_DELAY=0} writes each commit to the file before the commit returns: by default H2 keeps
     * the last half second of commits in memory, so a killed bot would forget which mail it had
     * sent and send it again. The {@code retry:} file system keeps the file open when the thread
     * writing it is interrupted, as Quartz interrupts its scheduler thread on every stop: with
     * commits written by the committing thread, a plain file would be closed under the whole
     * database.
     */
    public static String defaultUrl(Path dataDir) {
        String dir = dataDir.toString().replace('\\', '/');
        String file = dataDir.isAbsolute() ? dir : "./" + dir;
        return "jdbc:h2:retry:" + file + "/digestbot;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /**
     * Whether this is an embedded H2 database, which only processes on this machine write (a
     * second process reaches it through the first); a server database may be shared by bots on
     * several machines.
     */
    public boolean embedded() {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /** The embedded database under {@code dataDir}, with no password. */
    public static DatabaseConfig embedded(Path dataDir) {
        return new DatabaseConfig(defaultUrl(dataDir), DEFAULT_USER, Secret.NONE);
    }
}
