package dev.digestbot.article;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Finds what on a news page is not the article: scripts and styles, forms, navigation, page
 * headers and footers, asides, dialogs, and elements whose class or id names cookie and consent
 * banners, newsletter and registration prompts, share buttons, related-article lists, comments or
 * ads. An element that holds most of the page's text is never furniture, whatever its name: some
 * sites wrap the whole page in a form or a "has-sidebar" container.
 *
 * <p>The furniture is reported rather than removed: jsoup removes a child in time linear in its
 * siblings, and a hostile page can have a hundred thousand of them.
 */
final class HtmlPageFurniture implements NodeFilter {
    private static final Evaluator NEVER_CONTENT = QueryParser.parse("script, style, noscript, template, iframe,"
            + " object, embed, svg, canvas, form, button, input, select, textarea, nav, aside, footer, figcaption,"
            + " dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=dialog], [role=alertdialog], [role=search], [aria-modal=true]");

    /** Words in class names and ids that mark furniture; "has-sidebar" counts, "header-image" does not. */
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:cookies?|consent|gdpr|cmp"
            + "|newsletters?|subscribe|subscription|signup|sign-up|register|registration|paywall|share|sharing|social"
            + "|related|recommended|recirc|more-stories|promo|advert|advertisement|ad|ads|adslot|sponsored|outbrain"
            + "|taboola|sidebar|comments?|breadcrumbs?|popup|modal|overlay|navbar|navigation|nav|menu|masthead"
            + "|site-header|site-footer|footer|toolbar|skip-link)(?:$|[\\s_-])");

    private final Element body;
    private final HtmlTextSizes sizes;
    private final Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
    private int articleDepth;

    private HtmlPageFurniture(Element body) {
        this.body = body;
        this.sizes = HtmlTextSizes.measure(body, Set.of());
    }

    /** The outermost furniture elements under {@code body}. */
    static Set<Element> find(Element body) {
        HtmlPageFurniture finder = new HtmlPageFurniture(body);
        body.filter(finder);
        return finder.furniture;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element) || element == body) {
            return FilterResult.CONTINUE;
        }
        if (isFurniture(element) && !holdsMostText(element)) {
            furniture.add(element);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (element.normalName().equals("article")) {
            articleDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && element.normalName().equals("article")) {
            articleDepth--;
        }
        return FilterResult.CONTINUE;
    }

    /** Furniture by tag or role, by name, or a header outside any article (the site's masthead). */
    private boolean isFurniture(Element element) {
        // matches(body, …) rather than is(…): is() first walks up to the document root.
        return NEVER_CONTENT.matches(body, element)
                || hasFurnitureName(element)
                || (articleDepth == 0 && element.normalName().equals("header"));
    }

    private boolean holdsMostText(Element element) {
        String tag = element.normalName();
        if (tag.equals("main") || tag.equals("article")) {
            return true;
        }
        int pageTextChars = sizes.of(body);
        return pageTextChars > 0 && sizes.of(element) * 2 > pageTextChars;
    }

    private static boolean hasFurnitureName(Element element) {
        String className = element.className();
        String id = element.id();
        return (!className.isEmpty() && FURNITURE_NAME.matcher(className).find())
                || (!id.isEmpty() && FURNITURE_NAME.matcher(id).find());
    }
}
