/**
 * Storage: schema migrations (Flyway, in {@code db/migration}) and repositories for articles,
 * their digests, editions, deliveries and newsletter subscribers (with their confirm and
 * unsubscribe tokens, stored hashed). Uses only the records of {@code article} and
 * {@code summarize}.
 */
package dev.digestbot.store;
