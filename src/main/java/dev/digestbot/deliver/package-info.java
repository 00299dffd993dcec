/**
 * Delivery through the outbox: storing a destination's next edition with one outbox row per
 * recipient ({@link dev.digestbot.deliver.Publisher}), then sending due rows through each
 * destination's {@link dev.digestbot.deliver.Sender} with retries and backoff
 * ({@link dev.digestbot.deliver.OutboxWorker}). The senders themselves live in the subpackages.
 */
package dev.digestbot.deliver;
