/**
 * The bot's Discord side: the JDA client's lifecycle ({@link dev.digestbot.discord.DiscordConnection})
 * and, on top of it, the slash commands. Delivery of editions to channels lives in
 * {@code deliver.discord}; this package hands it the connected client.
 */
package dev.digestbot.discord;
