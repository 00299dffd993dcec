/**
 * The {@code email} destination: editions mailed to subscribers, one message per recipient, as
 * multipart/alternative (text and HTML) with the list headers mail clients show an unsubscribe
 * button for. {@link dev.digestbot.deliver.email.EmailSender} sends over SMTP through a pool of
 * reused connections and a rate limit; {@link dev.digestbot.deliver.email.EmlSender} writes the same
 * messages as {@code .eml} files when no SMTP server is configured.
 */
package dev.digestbot.deliver.email;
