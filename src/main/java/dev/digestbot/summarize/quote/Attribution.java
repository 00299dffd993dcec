package dev.digestbot.summarize.quote;

/**
 * Where a quotation's speaker is named: the noun phrase next to a speech verb ("Mr Clarke" in
 * {@code Mr Clarke said}, "Andy Clarke" in {@code Andy Clarke, ERAA director, said}) or a pronoun.
 *
 * @param from token index of the first word of the speaker's noun phrase
 * @param to token index just past the phrase's head, before any apposition
 * @param extent token index just past the phrase with its apposition ({@code >= to})
 * @param end token index just past the whole attribution, verb included
 */
record Attribution(int from, int to, int extent, int end) {}
