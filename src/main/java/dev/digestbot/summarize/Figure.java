package dev.digestbot.summarize;

import java.util.Objects;

/**
 * A number from an article together with what it counts.
 *
 * @param value the figure as written, with its unit ("1.5bn euros", "60-day", "ten")
 * @param label two to six words saying what the figure counts
 * @param sentence the sentence the figure occurs in
 */
public record Figure(String value, String label, String sentence) {
    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sentence, "sentence");
    }
}
