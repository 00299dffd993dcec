package dev.digestbot.discord.fake;

/**
 * The one guild the fake Discord serves, and who and what is in it. Ids are fixed so that tests
 * and snapshots can name them.
 */
public final class FakeGuild {
    /** The bot's user id, which is also its application id, as for any bot made today. */
    public static final String BOT_ID = "1100000000000000001";

    public static final String APPLICATION_ID = BOT_ID;
    public static final String GUILD_ID = "1200000000000000001";
    /** The guild's owner: allowed everything, like a community admin. */
    public static final String OWNER_ID = "1300000000000000001";
    /** A member with only {@code @everyone}'s permissions. */
    public static final String MEMBER_ID = "1300000000000000002";
    /** A member whose Moderator role grants Manage Server. */
    public static final String MODERATOR_ID = "1300000000000000003";

    public static final String MODERATOR_ROLE_ID = "1500000000000000001";
    /** A text channel everyone may read and post to. */
    public static final String NEWS_CHANNEL_ID = "1400000000000000001";
    /** A second text channel, for admin alerts. */
    public static final String ADMIN_CHANNEL_ID = "1400000000000000002";
    /** Not in the guild: the direct message channel between the bot and a user. */
    public static final String DM_CHANNEL_ID = "1400000000000000009";

    /** View channel, send messages, embed links, read history, use application commands. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 31);

    static final long MANAGE_SERVER = 1L << 5;
    /** Every permission bit Discord defines today, as an owner effectively has. */
    static final long ALL_PERMISSIONS = (1L << 51) - 1;

    private FakeGuild() {}

    /** The effective guild permissions of {@code userId}, as Discord reports them on interactions. */
    static long permissionsOf(String userId) {
        return switch (userId) {
            case OWNER_ID -> ALL_PERMISSIONS;
            case MODERATOR_ID -> EVERYONE_PERMISSIONS | MANAGE_SERVER;
            default -> EVERYONE_PERMISSIONS;
        };
    }

    static boolean isChannel(String channelId) {
        return channelId.equals(NEWS_CHANNEL_ID) || channelId.equals(ADMIN_CHANNEL_ID);
    }

    static String channelName(String channelId) {
        return channelId.equals(NEWS_CHANNEL_ID) ? "news" : "digest-admin";
    }

    static String userName(String userId) {
        return switch (userId) {
            case BOT_ID -> "Digest Bot";
            case OWNER_ID -> "ines.admin";
            case MODERATOR_ID -> "teo.moderator";
            default -> "ada.reader";
        };
    }
}
