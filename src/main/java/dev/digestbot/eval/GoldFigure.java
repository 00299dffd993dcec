package dev.digestbot.eval;

/**
 * An annotated figure.
 *
 * @param value the figure as written ("1.5bn euros")
 * @param number the normalized number ("1.5e9", "0.25", "3-1" for a score)
 * @param label what the figure counts
 */
public record GoldFigure(String value, String number, String label) {}
