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
 * the paragraphs from the element that holds the article body, leaving out page furniture.
 */
final class HtmlExtractor {
    private static final String BODY_SELECTORS = "[itemprop=articleBody], article, main, [role=main]";
    private static final int MAX_LINK_SHARE_PERCENT = 50;
    private static final int MIN_WORDS = 4;

    private HtmlExtractor() {}

    static ParsedText extract(String html) {
        Document page = Jsoup.parse(html);
        HtmlMetadata about = HtmlMetadata.of(page);
        ArticleMetadata metadata = about.metadata();
        String title = about.headline();
        Set<Element> furniture = HtmlPageFurniture.find(page.body());
        Element root = articleRoot(page, furniture);
        List<String> paragraphs = paragraphs(root, furniture, title);
        if (paragraphs.isEmpty() && root != page.body()) {
            paragraphs = paragraphs(page.body(), furniture, title);
        }
        return new ParsedText(title, paragraphs, metadata);
    }

    /** The element that holds the most text among the usual article containers. */
    private static Element articleRoot(Document page, Set<Element> furniture) {
        HtmlTextSizes sizes = HtmlTextSizes.measure(page.body(), furniture);
        Element best = page.body();
        int bestChars = 0;
        for (Element candidate : page.select(BODY_SELECTORS)) {
            int chars = sizes.of(candidate);
            if (chars > bestChars) {
                best = candidate;
                bestChars = chars;
            }
        }
        return best;
    }

    private static List<String> paragraphs(Element root, Set<Element> furniture, String title) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(title.toLowerCase(Locale.ROOT));
        }
        for (HtmlTextBlocks.Block block : HtmlTextBlocks.collect(root, furniture)) {
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
