package dev.digestbot.discord.fake;

import static dev.digestbot.discord.fake.FakeGuild.ADMIN_CHANNEL_ID;
import static dev.digestbot.discord.fake.FakeGuild.APPLICATION_ID;
import static dev.digestbot.discord.fake.FakeGuild.BOT_ID;
import static dev.digestbot.discord.fake.FakeGuild.EVERYONE_PERMISSIONS;
import static dev.digestbot.discord.fake.FakeGuild.GUILD_ID;
import static dev.digestbot.discord.fake.FakeGuild.MANAGE_SERVER;
import static dev.digestbot.discord.fake.FakeGuild.MODERATOR_ID;
import static dev.digestbot.discord.fake.FakeGuild.MODERATOR_ROLE_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static dev.digestbot.discord.fake.FakeGuild.OWNER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The JSON objects Discord sends, with the fields JDA reads without a default: leave one out and
 * JDA drops the event or never becomes ready.
 */
final class DiscordPayloads {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOINED_AT = "2025-01-15T09:30:00.000000+00:00";

    private DiscordPayloads() {}

    static ObjectNode user(String id) {
        ObjectNode user = JSON.createObjectNode()
                .put("id", id)
                .put("username", FakeGuild.userName(id))
                .put("discriminator", "0")
                .put("bot", id.equals(BOT_ID))
                .put("public_flags", 0);
        user.putNull("global_name");
        user.putNull("avatar");
        return user;
    }

    /** {@code GET users/@me}: the bot's own user. */
    static ObjectNode selfUser() {
        return user(BOT_ID).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    static ObjectNode member(String userId) {
        ObjectNode member = JSON.createObjectNode();
        member.set("user", user(userId));
        ArrayNode roles = member.putArray("roles");
        if (userId.equals(MODERATOR_ID)) {
            roles.add(MODERATOR_ROLE_ID);
        }
        member.put("joined_at", JOINED_AT).put("deaf", false).put("mute", false);
        member.put("flags", 0).put("pending", false);
        member.putNull("nick");
        member.putNull("premium_since");
        return member;
    }

    /** The READY dispatch: the bot, and its one guild still unavailable until GUILD_CREATE. */
    static ObjectNode ready(String gatewayUrl, String sessionId) {
        ObjectNode ready = JSON.createObjectNode().put("v", 10);
        ready.set("user", selfUser());
        ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
        ready.put("session_id", sessionId).put("resume_gateway_url", gatewayUrl);
        ready.putObject("application").put("id", APPLICATION_ID).put("flags", 0);
        ready.putArray("private_channels");
        return ready;
    }

    /** The GUILD_CREATE dispatch with the guild's roles, channels and the members JDA caches. */
    static ObjectNode guildCreate() {
        ObjectNode guild = JSON.createObjectNode()
                .put("id", GUILD_ID)
                .put("name", "Riverside Readers")
                .put("owner_id", OWNER_ID)
                .put("unavailable", false)
                .put("member_count", 4)
                .put("afk_timeout", 300)
                .put("preferred_locale", "en-US")
                .put("verification_level", 1)
                .put("default_message_notifications", 1)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("premium_tier", 0)
                .put("nsfw_level", 0)
                .put("large", false);
        guild.putArray("features");
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(MODERATOR_ROLE_ID, "Moderator", EVERYONE_PERMISSIONS | MANAGE_SERVER, 1));
        ArrayNode channels = guild.putArray("channels");
        channels.add(textChannel(NEWS_CHANNEL_ID, 0));
        channels.add(textChannel(ADMIN_CHANNEL_ID, 1));
        ArrayNode members = guild.putArray("members");
        members.add(member(BOT_ID));
        members.add(member(OWNER_ID));
        for (String empty : List.of("threads", "emojis", "stickers", "voice_states", "presences")) {
            guild.putArray(empty);
        }
        guild.putArray("guild_scheduled_events");
        guild.putArray("stage_instances");
        return guild;
    }

    private static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode role = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("color", 0)
                .put("hoist", false)
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        ObjectNode colors = role.putObject("colors").put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        role.putNull("icon");
        role.putNull("unicode_emoji");
        return role;
    }

    static ObjectNode textChannel(String id, int position) {
        ObjectNode channel = JSON.createObjectNode()
                .put("id", id)
                .put("type", 0)
                .put("guild_id", GUILD_ID)
                .put("name", FakeGuild.channelName(id))
                .put("position", position)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0);
        channel.putArray("permission_overwrites");
        channel.putNull("parent_id");
        channel.putNull("topic");
        channel.putNull("last_message_id");
        return channel;
    }

    /** The message Discord creates from a send request {@code body}, authored by the bot. */
    static ObjectNode message(String id, String channelId, JsonNode body) {
        ObjectNode message = JSON.createObjectNode()
                .put("id", id)
                .put("type", 0)
                .put("channel_id", channelId)
                .put("content", body.path("content").asText(""))
                .put("timestamp", JOINED_AT)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", body.path("flags").asInt(0));
        message.putNull("edited_timestamp");
        message.set("author", user(BOT_ID));
        ArrayNode embeds = message.putArray("embeds");
        for (JsonNode embed : body.path("embeds")) {
            // Discord stores every embed a bot sends as a "rich" one; JDA drops embeds without a type.
            embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich"));
        }
        for (String empty : List.of("mentions", "mention_roles", "attachments", "components")) {
            message.putArray(empty);
        }
        return message;
    }

    /**
     * An INTERACTION_CREATE for a slash command run by {@code userId} in {@code channelId}. Without
     * {@code guild}, {@code authorizing_integration_owners} and {@code context} JDA takes it for a
     * direct message or drops it.
     */
    static ObjectNode slashCommand(FakeInteraction interaction, String userId, String channelId, ObjectNode data) {
        long permissions = FakeGuild.permissionsOf(userId);
        ObjectNode event = JSON.createObjectNode()
                .put("id", interaction.id())
                .put("application_id", APPLICATION_ID)
                .put("type", 2)
                .put("token", interaction.token())
                .put("version", 1)
                .put("guild_id", GUILD_ID)
                .put("channel_id", channelId)
                .put("locale", "en-GB")
                .put("guild_locale", "en-US")
                .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
                .put("context", 0);
        event.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
        event.set("channel", textChannel(channelId, 0).put("permissions", Long.toString(permissions)));
        event.set("member", member(userId).put("permissions", Long.toString(permissions)));
        event.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        event.putArray("entitlements");
        event.set("data", data);
        return event;
    }

    /**
     * An INTERACTION_CREATE for a slash command {@code userId} ran in their direct messages with the
     * bot: a {@code user} instead of a {@code member}, no guild, and the bot's DM as context.
     */
    static ObjectNode directMessageCommand(FakeInteraction interaction, String userId, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("id", interaction.id())
                .put("application_id", APPLICATION_ID)
                .put("type", 2)
                .put("token", interaction.token())
                .put("version", 1)
                .put("channel_id", FakeGuild.DM_CHANNEL_ID)
                .put("locale", "en-GB")
                .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
                .put("context", 1);
        ObjectNode channel = event.putObject("channel")
                .put("id", FakeGuild.DM_CHANNEL_ID)
                .put("type", 1)
                .put("flags", 0);
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(user(userId));
        event.set("user", user(userId));
        // a guild install used in the bot's DM is authorized by no guild: "0"
        event.putObject("authorizing_integration_owners").put("0", "0");
        event.putArray("entitlements");
        event.set("data", data);
        return event;
    }

    /**
     * The {@code data} of an autocomplete request: the options already given, and the one being
     * typed, which Discord sends as the text typed so far whatever the option's type.
     */
    static ObjectNode autocompleteData(
            String commandId,
            String name,
            String subcommand,
            Map<String, ?> options,
            String focused,
            int focusedType,
            String typed) {
        ObjectNode data = commandData(commandId, name, subcommand, options);
        ArrayNode values = (ArrayNode) data.path("options");
        if (subcommand != null) {
            values = (ArrayNode) values.path(0).path("options");
        }
        values.addObject()
                .put("name", focused)
                .put("type", focusedType)
                .put("value", typed)
                .put("focused", true);
        return data;
    }

    /** The {@code data} of a chat input command, with {@code options} under {@code subcommand} if given. */
    static ObjectNode commandData(String commandId, String name, String subcommand, Map<String, ?> options) {
        ObjectNode data =
                JSON.createObjectNode().put("id", commandId).put("name", name).put("type", 1);
        ArrayNode top = data.putArray("options");
        ArrayNode values = top;
        if (subcommand != null) {
            values = top.addObject().put("type", 1).put("name", subcommand).putArray("options");
        }
        for (Map.Entry<String, ?> option : options.entrySet()) {
            ObjectNode node = values.addObject().put("name", option.getKey());
            node.put("type", optionType(option.getValue()));
            node.set("value", JSON.valueToTree(option.getValue()));
        }
        return data;
    }

    private static int optionType(Object value) {
        if (value instanceof String) {
            return 3;
        } else if (value instanceof Integer || value instanceof Long) {
            return 4;
        } else if (value instanceof Boolean) {
            return 5;
        } else if (value instanceof Double) {
            return 10;
        }
        throw new IllegalArgumentException("no slash command option type for " + value.getClass());
    }
}
