/**
 * The bot's web pages: the subscribe form that starts double opt-in, the confirm and unsubscribe
 * pages the newsletter's links lead to (with RFC 8058 one-click unsubscribe), and a health check.
 * What the pages do to subscribers is behind {@link dev.digestbot.web.Subscriptions}; the pages
 * are Mustache templates under {@code templates/web/} that the operator may edit.
 */
package dev.digestbot.web;
