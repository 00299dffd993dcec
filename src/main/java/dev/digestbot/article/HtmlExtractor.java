package dev.digestbot.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts a news article from an HTML page with jsoup: the headline and metadata from the head,
 * the paragraphs from the element that holds the article body once page furniture is gone.
 */
final class HtmlExtractor {
    private static final String BODY_SELECTORS = "[itemprop=articleBody], article, main, [role=main]";
    private static final int MAX_LINK_SHARE_PERCENT = 50;
    private static final int MIN_WORDS = 4;

    private HtmlExtractor() {}

    static ParsedText extract(String html) {
        Document page = Jsoup.parse(html);
        ArticleMetadata metadata = HtmlMetadata.read(page);
        String title = HtmlMetadata.headline(page);
        HtmlPageFurniture.remove(page.body());
        Element root = articleRoot(page);
        List<String> paragraphs = paragraphs(root, title);
        if (paragraphs.isEmpty() && root != page.body()) {
            paragraphs = paragraphs(page.body(), title);
        }
        return new ParsedText(title, paragraphs, metadata);
    }

    /** The element whose paragraphs hold the most text among the usual article containers. */
    private static Element articleRoot(Document page) {
        Element best = page.body();
        int bestChars = 0;
        for (Element candidate : page.select(BODY_SELECTORS)) {
            int chars = 0;
            for (Element paragraph : candidate.select("p")) {
                chars += paragraph.text().length();
            }
            if (chars > bestChars) {
                best = candidate;
                bestChars = chars;
            }
        }
        return best;
    }

    private static List<String> paragraphs(Element root, String title) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(title.toLowerCase(Locale.ROOT));
        }
        for (HtmlTextBlocks.Block block : HtmlTextBlocks.collect(root)) {
            if (isProse(block) && seen.add(block.text().toLowerCase(Locale.ROOT))) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }

    private static boolean isProse(HtmlTextBlocks.Block block) {
        String text = block.text();
        boolean mostlyLinks = block.linkChars() * 100 > text.length() * MAX_LINK_SHARE_PERCENT;
        boolean fragment = HeadlineDetector.wordCount(text) < MIN_WORDS && !ParagraphJoiner.endsSentence(text);
        return !mostlyLinks && !fragment && !BoilerplateText.matches(text);
    }
}
