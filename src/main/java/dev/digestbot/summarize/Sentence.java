package dev.digestbot.summarize;

/**
 * One sentence of an article body, located by character offsets into {@link ArticleText#text()}.
 *
 * @param index position among all sentences of the body, from 0
 * @param paragraph the paragraph the sentence belongs to, from 0
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param text the sentence itself
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {}
