package dev.digestbot.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.digestbot.edition.TemplateFolder;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The page templates from the operator's folder, each falling back to the copy in the jar. All are
 * compiled up front, so a broken one stops the start instead of a visitor's request. Values are
 * HTML-escaped ({@code {{value}}}); the templates print nothing unescaped.
 */
final class PageTemplates {
    private final Map<Page, Mustache> pages = new EnumMap<>(Page.class);

    /**
     * @param folder the operator's templates folder; {@code web/} inside it holds the pages
     * @throws IllegalStateException when a template is missing or does not compile, naming it
     */
    PageTemplates(Path folder) {
        TemplateFolder templates = new TemplateFolder(folder);
        DefaultMustacheFactory factory = new DefaultMustacheFactory(templates);
        for (Page page : Page.values()) {
            pages.put(page, compile(factory, templates, page.template()));
        }
    }

    /** {@code page} rendered with {@code model}, whose keys the template reads. */
    String render(Page page, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        pages.get(page).execute(out, model);
        // the comment each template opens with leaves its line break behind
        return out.toString().stripLeading();
    }

    private static Mustache compile(DefaultMustacheFactory factory, TemplateFolder templates, String name) {
        try {
            return factory.compile(name);
        } catch (MustacheException | UncheckedIOException e) {
            throw new IllegalStateException(templates.describe(name) + ": " + e.getMessage(), e);
        }
    }
}
