package dev.digestbot.config;

import java.util.regex.Pattern;

/** Discord channel ids as the config file gives them: snowflakes of 17 to 20 digits. */
final class ChannelIds {
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{17,20}");

    /** What a problem with a channel id says about the form. */
    static final String FORM =
            "a channel id is 17 to 20 digits (in Discord, turn on Developer Mode and use" + " Copy Channel ID)";

    private ChannelIds() {}

    static boolean valid(String id) {
        return SNOWFLAKE.matcher(id).matches();
    }
}
