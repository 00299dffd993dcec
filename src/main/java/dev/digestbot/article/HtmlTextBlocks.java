package dev.digestbot.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Collects the text blocks of an HTML subtree in document order: every block-level element ends
 * a block, so paragraphs, list items, text sitting directly in a {@code div} and text between
 * double {@code <br>}s each come out on their own. Headings are skipped (the headline is read separately; subheads are not sentences).
 * One pass over the tree, whatever its depth.
 */
final class HtmlTextBlocks implements NodeFilter {
    /**
     * A block of text and how much of it is link text.
     *
     * @param text the block's text, whitespace collapsed
     * @param linkChars characters of {@code text} inside links
     */
    record Block(String text, int linkChars) {}

    private static final Set<String> BLOCK_TAGS = Set.of(("address article blockquote body dd div dl dt figure"
                    + " h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table td th tr ul")
            .split(" "));
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final Set<Element> skipped;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int headingDepth;
    private boolean afterBreak;

    private HtmlTextBlocks(Set<Element> skipped) {
        this.skipped = skipped;
    }

    /** The text blocks under {@code root}, leaving out the {@code skipped} subtrees. */
    static List<Block> collect(Element root, Set<Element> skipped) {
        HtmlTextBlocks visitor = new HtmlTextBlocks(skipped);
        root.filter(visitor);
        visitor.flush();
        return visitor.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && skipped.contains(element)) {
            flush();
            return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode textNode) {
            if (headingDepth == 0) {
                append(textNode.text());
            }
            afterBreak = afterBreak && textNode.isBlank();
        } else if (node instanceof Element element) {
            enter(element, 1);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            enter(element, -1);
        }
        return FilterResult.CONTINUE;
    }

    private void enter(Element element, int direction) {
        String tag = element.normalName();
        if (BLOCK_TAGS.contains(tag)) {
            flush();
        } else if (tag.equals("br") && direction > 0) {
            lineBreak();
        }
        if (tag.equals("a")) {
            linkDepth += direction;
        } else if (HEADINGS.contains(tag)) {
            headingDepth += direction;
        }
    }

    /** One {@code <br>} wraps a line; two in a row separate paragraphs, as older pages do. */
    private void lineBreak() {
        if (afterBreak) {
            flush();
        } else {
            append(" ");
            afterBreak = true;
        }
    }

    private void append(String value) {
        text.append(value);
        if (linkDepth > 0) {
            linkChars += value.length();
        }
    }

    private void flush() {
        String block = TextCleaner.collapseSpaces(TextCleaner.clean(text.toString()));
        if (!block.isEmpty()) {
            blocks.add(new Block(block, Math.min(linkChars, block.length())));
        }
        text.setLength(0);
        linkChars = 0;
        afterBreak = false;
    }
}
