/**
 * Discord delivery: an edition laid out as embeds within Discord's limits, and sent to channels.
 * Article text is escaped for Markdown and mentions here, whatever the sender does besides.
 */
package dev.digestbot.deliver.discord;
