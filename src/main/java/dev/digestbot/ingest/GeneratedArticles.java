package dev.digestbot.ingest;

import java.util.List;

/**
 * Invented local-news articles for measuring ingest, each different from every other: numbered
 * towns, people and figures drawn from small lists, so the digests have quotes and figures to
 * find. Not real news.
 */
public final class GeneratedArticles {
    private static final List<String> TOWNS =
            List.of("Ashcombe", "Brindle Bay", "Corrow", "Dunmere", "Elsford", "Fallowmouth", "Gantry Cross");
    private static final List<String> PEOPLE =
            List.of("Ada Pennock", "Tomas Reyne", "Priya Hollis", "Gideon Marsh", "Ruth Okafor", "Leon Catterall");
    private static final List<String> PROJECTS =
            List.of("library extension", "flood barrier", "bus depot", "swimming pool", "market hall", "cycle bridge");

    private GeneratedArticles() {}

    /** Article {@code n} as plain text: a headline line, a blank line, then paragraphs. */
    public static String article(int n) {
        String town = TOWNS.get(n % TOWNS.size());
        String person = PEOPLE.get(n % PEOPLE.size());
        String project = PROJECTS.get(n % PROJECTS.size());
        int cost = 3 + n % 47;
        int votes = 5 + n % 9;
        int homes = 200 + n * 7 % 1800;
        return String.join(
                "\n\n",
                town + " approves £" + cost + "m " + project + " (report " + n + ")",
                "Councillors in " + town + " approved plans for a £" + cost + "m " + project
                        + " on Tuesday after a debate that ran late into the evening.",
                "The scheme passed by " + votes + " votes to 4. It is expected to serve about " + homes
                        + " homes in the north of the town once it opens.",
                "\"This is the most important decision this council has taken in a decade,\" said " + person
                        + ", who chairs the planning committee. \"People have waited long enough.\"",
                "Opponents said the money should go to road repairs instead. A petition against the plan" + " gathered "
                        + (homes * 3) + " signatures over the summer.",
                "Work is due to start next spring and to take " + (12 + n % 18) + " months. Report number " + n
                        + " was filed by the council's press office.");
    }
}
