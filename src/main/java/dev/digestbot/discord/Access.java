package dev.digestbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Who may run a subcommand. Checked on every request, because Discord's default member
 * permissions apply to a whole top-level command: {@code /digest} must stay open to every member
 * for {@code latest} and {@code search}, so it cannot carry Manage Server for {@code now} and
 * {@code status}. A server admin can still restrict all of {@code /digest} further under Server
 * Settings → Integrations; Discord has no such setting per subcommand.
 */
enum Access {
    /** Anyone, in a server or in a direct message with the bot. */
    ANYONE,
    /** Members with Manage Server (the owner has it), in a server only. */
    SERVER_MANAGERS;

    /** Why {@code interaction} may not run {@code command}, or empty when it may. */
    Optional<String> refusal(Interaction interaction, String command) {
        if (this == ANYONE) {
            return Optional.empty();
        }
        Member member = interaction.getMember();
        if (!interaction.isFromGuild() || member == null) {
            return Optional.of(command + " works in a server only.");
        }
        if (!managesServer(interaction, member)) {
            return Optional.of(command + " needs the Manage Server permission.");
        }
        return Optional.empty();
    }

    /**
     * For a guild the bot is in, JDA computes the member's permissions from the guild's cached
     * roles and owner and the roles listed on the interaction, so it needs no member cache: the
     * owner has every permission, a role with Manage Server grants it. A detached member (a guild
     * the bot is not in) has only the permissions Discord sent for the channel.
     */
    private static boolean managesServer(Interaction interaction, Member member) {
        return member.isDetached()
                ? member.hasPermission(interaction.getGuildChannel(), Permission.MANAGE_SERVER)
                : member.hasPermission(Permission.MANAGE_SERVER);
    }
}
