package dev.digestbot.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a news page says about itself in its head: Open Graph and article meta tags, the
 * canonical link, keywords, and the schema.org or {@code <time>} publication date.
 */
final class HtmlMetadata {
    private static final String[] DATE_SELECTORS = {
        "meta[property=article:published_time]",
        "meta[name=article:published_time]",
        "meta[itemprop=datePublished]",
        "meta[name=date]",
        "meta[name=pubdate]",
        "meta[name=publish-date]",
        "meta[name=dc.date.issued]",
        "meta[name=dc.date]",
        "meta[property=og:published_time]",
    };
    private static final String[] TIME_SELECTORS = {
        "time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "article time[datetime]"
    };
    private static final String[] SITE_SELECTORS = {"meta[property=og:site_name]", "meta[name=application-name]"};
    private static final String[] HEADLINE_SELECTORS = {"[itemprop=headline]", "article h1", "h1"};
    private static final int MAX_TAGS = 50;

    private HtmlMetadata() {}

    static ArticleMetadata read(Document page) {
        return new ArticleMetadata(date(page), siteName(page), url(page), tags(page));
    }

    static String siteName(Document page) {
        return firstContent(page, SITE_SELECTORS);
    }

    /**
     * The headline as the page announces it: Open Graph, the marked-up or article {@code h1}, the
     * first {@code h1}, the Twitter card, the document title; without the site name.
     */
    static String headline(Document page) {
        String announced = firstContent(page, "meta[property=og:title]");
        for (int i = 0; announced == null && i < HEADLINE_SELECTORS.length; i++) {
            announced = firstText(page.selectFirst(HEADLINE_SELECTORS[i]));
        }
        if (announced == null) {
            announced = firstContent(page, "meta[name=twitter:title]");
        }
        if (announced == null) {
            announced = clean(page.title());
        }
        return announced == null ? null : HeadlineCleaner.clean(announced, siteName(page));
    }

    private static String date(Document page) {
        String date = firstContent(page, DATE_SELECTORS);
        for (int i = 0; date == null && i < TIME_SELECTORS.length; i++) {
            Element time = page.selectFirst(TIME_SELECTORS[i]);
            date = time == null ? null : clean(time.attr("datetime"));
        }
        return date;
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : clean(canonical.attr("href"));
        return url != null ? url : firstContent(page, "meta[property=og:url]");
    }

    private static List<String> tags(Document page) {
        List<String> tags = new ArrayList<>();
        for (Element meta : page.select("meta[property=article:tag], meta[name=keywords], meta[name=news_keywords]")) {
            for (String tag : meta.attr("content").split(",")) {
                String value = clean(tag);
                if (value != null && !tags.contains(value) && tags.size() < MAX_TAGS) {
                    tags.add(value);
                }
            }
        }
        return tags;
    }

    private static String firstContent(Document page, String... selectors) {
        for (String selector : selectors) {
            Element meta = page.selectFirst(selector);
            String value = meta == null ? null : clean(meta.attr("content"));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstText(Element element) {
        return element == null ? null : clean(element.text());
    }

    private static String clean(String text) {
        String value = TextCleaner.collapseSpaces(TextCleaner.clean(text));
        return value.isEmpty() ? null : value;
    }
}
