package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Figure;
import dev.digestbot.summarize.figure.Mention.Kind;

/**
 * A labelled figure with what ranking needs to know about where it was found.
 *
 * @param figure the figure as reported
 * @param kind what sort of quantity it is
 * @param number its approximate value
 * @param sentence the index of its sentence in the body
 * @param conversion whether it restates the figure before it in another currency ("(£173)")
 * @param aside whether it stands in brackets or inside a quotation
 */
record FoundFigure(Figure figure, Kind kind, double number, int sentence, boolean conversion, boolean aside) {}
