/**
 * Ingest: watching the inbox (WatchService plus a periodic rescan), telling complete files from
 * files still being written, recognising content already stored by its SHA-256, digesting new
 * articles and storing them as articles or new versions, and moving files that cannot be read
 * to the failed folder with their reasons. Uses {@code article} and {@code summarize} to digest,
 * {@code store} to keep what it found; takes plain values, never the config package.
 */
package dev.digestbot.ingest;
