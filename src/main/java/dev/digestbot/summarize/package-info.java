/**
 * Turns one article into its digest: sentence splitting, summary ranking, quote and speaker
 * extraction, figure extraction. Knows nothing of storage or delivery; {@link
 * dev.digestbot.summarize.Summarizer} is the entry point and {@link
 * dev.digestbot.summarize.ArticleDigest} the result.
 */
package dev.digestbot.summarize;
