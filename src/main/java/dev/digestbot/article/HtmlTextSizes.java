package dev.digestbot.article;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * How much readable text each element of a page holds, measured in one pass so that comparing
 * containers stays linear however deeply a page nests. On pages that use {@code <p>} only
 * paragraph text counts, so menus and link lists do not outweigh the article; pages that set
 * their text in bare {@code div}s count all text.
 */
final class HtmlTextSizes implements NodeFilter {
    private final Map<Element, Integer> sizes = new IdentityHashMap<>();
    private final Set<Element> skipped;
    private final boolean paragraphsOnly;
    private int[] open = new int[64];
    private int depth;
    private int paragraphDepth;

    private HtmlTextSizes(Set<Element> skipped, boolean paragraphsOnly) {
        this.skipped = skipped;
        this.paragraphsOnly = paragraphsOnly;
    }

    /** Measures every element under {@code root} except the {@code skipped} subtrees. */
    static HtmlTextSizes measure(Element root, Set<Element> skipped) {
        HtmlTextSizes sizes = new HtmlTextSizes(skipped, root.selectFirst("p") != null);
        root.filter(sizes);
        return sizes;
    }

    /** The text characters under {@code element}; 0 for skipped or unmeasured elements. */
    int of(Element element) {
        return sizes.getOrDefault(element, 0);
    }

    @Override
    public FilterResult head(Node node, int nodeDepth) {
        if (node instanceof Element element) {
            if (skipped.contains(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = 0;
            if (element.normalName().equals("p")) {
                paragraphDepth++;
            }
        } else if (node instanceof TextNode text && depth > 0 && (!paragraphsOnly || paragraphDepth > 0)) {
            open[depth - 1] += text.text().strip().length();
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int nodeDepth) {
        if (node instanceof Element element) {
            int size = open[--depth];
            sizes.put(element, size);
            if (depth > 0) {
                open[depth - 1] += size;
            }
            if (element.normalName().equals("p")) {
                paragraphDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }
}
