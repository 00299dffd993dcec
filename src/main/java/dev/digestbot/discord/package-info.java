/**
 * The bot's Discord side: the JDA client's lifecycle ({@link dev.digestbot.discord.DiscordConnection})
 * and, on top of it, the {@code /digest} slash commands ({@link dev.digestbot.discord.CommandRegistry},
 * one class per subcommand). Delivery of editions to channels lives in {@code deliver.discord}; this
 * package hands it the connected client. What the commands need from the rest of the application
 * that this package may not use comes in through {@link dev.digestbot.discord.EditionTrigger} and
 * {@link dev.digestbot.discord.StatusSource}.
 */
package dev.digestbot.discord;
