package dev.digestbot.edition;

import com.github.mustachejava.Mustache;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Renders an edition through three Mustache templates from one model: {@value #MARKDOWN} (chat
 * channels and edition files), {@value #HTML} and {@value #TEXT} (email). Templates come from the
 * operator's folder, falling back to the defaults in the jar file by file. Every value a template
 * prints is escaped for its output: Markdown syntax and mentions in Markdown, HTML in HTML,
 * nothing in plain text. All templates are compiled when the renderer is built, so a broken one
 * is reported at start, not at the first edition.
 */
public final class EditionRenderer {
    public static final String MARKDOWN = "edition.md.mustache";
    public static final String HTML = "email.html.mustache";
    public static final String TEXT = "email.txt.mustache";

    private final Function<String, ZoneId> zones;
    private final Mustache markdown;
    private final Mustache html;
    private final Mustache text;

    /**
     * Compiles the templates.
     *
     * @param folder the operator's template folder; it need not exist
     * @param zones the time zone in which an edition's date is given, by destination name
     * @throws TemplateException when a template does not compile, naming its file and line
     */
    public EditionRenderer(Path folder, Function<String, ZoneId> zones) {
        TemplateFolder templates = new TemplateFolder(folder);
        this.zones = zones;
        this.markdown = EscapedTemplates.compile(templates, MARKDOWN, EscapedTemplates.Escaping.MARKDOWN);
        this.html = EscapedTemplates.compile(templates, HTML, EscapedTemplates.Escaping.HTML);
        this.text = EscapedTemplates.compile(templates, TEXT, EscapedTemplates.Escaping.NONE);
    }

    /** As {@link #EditionRenderer(Path, Function)}, with one time zone for every destination. */
    public EditionRenderer(Path folder, ZoneId zone) {
        this(folder, destination -> zone);
    }

    /** Renders {@code edition} in every form, with no unsubscribe link. */
    public RenderedEdition render(Edition edition) {
        EditionModel model = EditionModel.of(edition, zones.apply(edition.destination()), "");
        return new RenderedEdition(
                subject(model),
                EscapedTemplates.execute(markdown, model),
                EscapedTemplates.execute(html, model),
                EscapedTemplates.execute(text, model));
    }

    /**
     * Renders {@code edition} as an email to one subscriber, whose bodies carry {@code
     * unsubscribeUrl}; the Markdown form is left empty, since no email carries it.
     */
    public RenderedEdition renderEmail(Edition edition, String unsubscribeUrl) {
        EditionModel model = EditionModel.of(edition, zones.apply(edition.destination()), unsubscribeUrl);
        return new RenderedEdition(
                subject(model), "", EscapedTemplates.execute(html, model), EscapedTemplates.execute(text, model));
    }

    /**
     * Renders {@code edition} as an email once for all its subscribers: {@link
     * EmailForReaders#withUnsubscribe} then gives each one's bodies, the same as {@link
     * #renderEmail} would, without running the templates again. The templates see a one-off
     * random stand-in for the link, which article text cannot contain since nobody knows it
     * beforehand, and the link is put in its place escaped as the template would have escaped it.
     */
    public EmailForReaders renderEmailForReaders(Edition edition) {
        String slot = "unsubscribe-link-" + UUID.randomUUID();
        RenderedEdition withSlot = renderEmail(edition, slot);
        return new EmailForReaders(
                withSlot.subject(),
                withSlot.html().split(Pattern.quote(slot), -1),
                withSlot.text().split(Pattern.quote(slot), -1),
                link -> EscapedTemplates.escape(EscapedTemplates.Escaping.HTML, link));
    }

    private static String subject(EditionModel model) {
        String first = model.items().get(0).title();
        String rest = model.totalCount() > 1 ? " and " + (model.totalCount() - 1) + " more" : "";
        return (model.title() + ", " + model.date() + ": " + first + rest).replaceAll("\\s+", " ");
    }
}
