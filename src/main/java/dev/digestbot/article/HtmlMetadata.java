package dev.digestbot.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a news page says about itself: Open Graph and article meta tags, the canonical link,
 * keywords, the schema.org or {@code <time>} publication date, and the headline. All meta tags are
 * read in one pass, however many a page has.
 */
final class HtmlMetadata {
    private static final String[] DATE_KEYS = {
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publish-date",
        "dc.date.issued",
        "dc.date",
        "og:published_time",
    };
    private static final String[] SITE_KEYS = {"og:site_name", "application-name"};
    private static final String[] TAG_KEYS = {"article:tag", "keywords", "news_keywords"};
    private static final int MAX_TAGS = 50;

    private final Document page;
    /** The first non-blank content of each meta key (property, name or itemprop, lower case). */
    private final Map<String, String> first = new HashMap<>();

    private final List<String> tags = new ArrayList<>();

    private HtmlMetadata(Document page) {
        this.page = page;
        for (Element meta : page.getElementsByTag("meta")) {
            String content = clean(meta.attr("content"));
            if (content != null) {
                for (String attribute : new String[] {"property", "name", "itemprop"}) {
                    add(meta.attr(attribute).toLowerCase(Locale.ROOT), content);
                }
            }
        }
    }

    static HtmlMetadata of(Document page) {
        return new HtmlMetadata(page);
    }

    ArticleMetadata metadata() {
        return new ArticleMetadata(date(), siteName(), url(), tags);
    }

    /**
     * The headline as the page announces it: Open Graph, the marked-up or article {@code h1}, the
     * first {@code h1}, the Twitter card, the document title; without the site name.
     */
    String headline() {
        String announced = first.get("og:title");
        if (announced == null) {
            announced = text(page.selectFirst("[itemprop=headline]"));
        }
        Element article = page.selectFirst("article");
        if (announced == null && article != null) {
            announced = text(article.selectFirst("h1"));
        }
        if (announced == null) {
            announced = text(page.selectFirst("h1"));
        }
        if (announced == null) {
            announced = first.get("twitter:title");
        }
        if (announced == null) {
            announced = clean(page.title());
        }
        return announced == null ? null : HeadlineCleaner.clean(announced, siteName());
    }

    private void add(String key, String content) {
        if (key.isEmpty()) {
            return;
        }
        first.putIfAbsent(key, content);
        for (String tagKey : TAG_KEYS) {
            if (key.equals(tagKey)) {
                addTags(content);
            }
        }
    }

    private void addTags(String content) {
        for (String tag : content.split(",")) {
            String value = clean(tag);
            if (value != null && tags.size() < MAX_TAGS && !tags.contains(value)) {
                tags.add(value);
            }
        }
    }

    private String siteName() {
        return firstOf(SITE_KEYS);
    }

    private String date() {
        String date = firstOf(DATE_KEYS);
        if (date == null) {
            Element time = page.selectFirst("time[datetime]");
            date = time == null ? null : clean(time.attr("datetime"));
        }
        return date;
    }

    private String url() {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : clean(canonical.attr("href"));
        return url != null ? url : first.get("og:url");
    }

    private String firstOf(String[] keys) {
        for (String key : keys) {
            String value = first.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : clean(element.text());
    }

    private static String clean(String text) {
        String value = TextCleaner.collapseSpaces(TextCleaner.clean(text));
        return value.isEmpty() ? null : value;
    }
}
