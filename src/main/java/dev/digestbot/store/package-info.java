/**
 * Storage: schema migrations (Flyway, in {@code db/migration}) and repositories for articles,
 * their digests, editions and deliveries. Uses only the records of {@code article} and
 * {@code summarize}.
 */
package dev.digestbot.store;
