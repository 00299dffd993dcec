package dev.digestbot.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what on a news page is not the article: scripts and styles, forms, navigation, page
 * headers and footers, asides, dialogs, and elements whose class or id names cookie and consent
 * banners, newsletter and registration prompts, share buttons, related-article lists, comments or
 * ads. An element that holds most of the page's paragraph text is never removed, whatever its
 * name: some sites wrap the whole page in a form or a "has-sidebar" container.
 */
final class HtmlPageFurniture {
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " form, button, input, select, textarea, nav, aside, footer, figcaption, dialog, [hidden],"
            + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=dialog], [role=alertdialog], [role=search], [aria-modal=true]";

    /** Words in class names and ids that mark furniture; "has-sidebar" counts, "header-image" does not. */
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:cookies?|consent|gdpr|cmp"
            + "|newsletters?|subscribe|subscription|signup|sign-up|register|registration|paywall|share|sharing|social"
            + "|related|recommended|recirc|more-stories|promo|advert|advertisement|ad|ads|adslot|sponsored|outbrain"
            + "|taboola|sidebar|comments?|breadcrumbs?|popup|modal|overlay|navbar|navigation|nav|menu|masthead"
            + "|site-header|site-footer|footer|toolbar|skip-link)(?:$|[\\s_-])");

    private final boolean pageHasParagraphs;
    private final int pageTextChars;

    private HtmlPageFurniture(Element body) {
        this.pageHasParagraphs = body.selectFirst("p") != null;
        this.pageTextChars = textChars(body);
    }

    /** Removes the furniture under {@code body}. */
    static void remove(Element body) {
        HtmlPageFurniture furniture = new HtmlPageFurniture(body);
        furniture.removeAll(body.select(NEVER_CONTENT));
        List<Element> named = new ArrayList<>();
        List<Element> pageHeaders = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && hasFurnitureName(element)) {
                named.add(element);
            } else if (element.normalName().equals("header") && element.closest("article") == null) {
                pageHeaders.add(element);
            }
        }
        furniture.removeAll(named);
        furniture.removeAll(pageHeaders);
    }

    private void removeAll(List<Element> elements) {
        for (Element element : elements) {
            if (!holdsMostText(element)) {
                element.remove();
            }
        }
    }

    private boolean holdsMostText(Element element) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("main") || tag.equals("article")) {
            return true;
        }
        return pageTextChars > 0 && textChars(element) * 2 > pageTextChars;
    }

    private static boolean hasFurnitureName(Element element) {
        String className = element.className();
        String id = element.id();
        return (!className.isEmpty() && FURNITURE_NAME.matcher(className).find())
                || (!id.isEmpty() && FURNITURE_NAME.matcher(id).find());
    }

    /** Paragraph text when the page uses paragraphs, all text when it sets text in bare divs. */
    private int textChars(Element element) {
        if (!pageHasParagraphs) {
            return element.text().length();
        }
        int chars = 0;
        for (Element paragraph : element.select("p")) {
            chars += paragraph.text().length();
        }
        return chars;
    }
}
