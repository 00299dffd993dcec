package dev.digestbot.summarize;

/**
 * Where a quotation's speaker is named: the noun phrase next to a speech verb ("Mr Clarke" in
 * {@code Mr Clarke said}), a pronoun, or the subject of the sentence a partial quote sits in.
 *
 * @param from token index of the first word of the speaker's noun phrase
 * @param to token index just past its last word
 * @param end token index just past the whole attribution (verb included)
 * @param explicit false when the speaker is only the subject of the sentence, with no speech verb
 */
record Attribution(int from, int to, int end, boolean explicit) {}
