package dev.digestbot.summarize.quote;

import java.util.List;

/**
 * A quote before ranking: the verbatim pieces it joins and who said it.
 *
 * @param pieces the quoted runs of the body, in order; the quote's text joins them with a space
 * @param speaker the resolved speaker, or null
 */
record QuoteCandidate(List<Piece> pieces, String speaker) {
    QuoteCandidate {
        pieces = List.copyOf(pieces);
    }

    String text(String body) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            text.append(text.length() > 0 ? " " : "").append(piece.of(body));
        }
        return text.toString();
    }

    int start() {
        return pieces.get(0).start();
    }
}
