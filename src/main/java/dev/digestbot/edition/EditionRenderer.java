package dev.digestbot.edition;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\R)+");

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
        this.markdown = compile(templates, MARKDOWN, Escaping.MARKDOWN);
        this.html = compile(templates, HTML, Escaping.HTML);
        this.text = compile(templates, TEXT, Escaping.NONE);
    }

    /** As {@link #EditionRenderer(Path, Function)}, with one time zone for every destination. */
    public EditionRenderer(Path folder, ZoneId zone) {
        this(folder, destination -> zone);
    }

    /** Renders {@code edition} in every form, with no unsubscribe link. */
    public RenderedEdition render(Edition edition) {
        EditionModel model = EditionModel.of(edition, zones.apply(edition.destination()), "");
        return new RenderedEdition(
                subject(model), execute(markdown, model), execute(html, model), execute(text, model));
    }

    /**
     * Renders {@code edition} as an email to one subscriber, whose bodies carry {@code
     * unsubscribeUrl}; the Markdown form is left empty, since no email carries it.
     */
    public RenderedEdition renderEmail(Edition edition, String unsubscribeUrl) {
        EditionModel model = EditionModel.of(edition, zones.apply(edition.destination()), unsubscribeUrl);
        return new RenderedEdition(subject(model), "", execute(html, model), execute(text, model));
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
                link -> escaped(Escaping.HTML, link));
    }

    private static String subject(EditionModel model) {
        String first = model.items().get(0).title();
        String rest = model.totalCount() > 1 ? " and " + (model.totalCount() - 1) + " more" : "";
        return (model.title() + ", " + model.date() + ": " + first + rest).replaceAll("\\s+", " ");
    }

    /**
     * Runs {@code template}, without the blank lines at the start: Mustache leaves a comment's line
     * break in the output, and templates open with a comment saying what they are for.
     */
    private static String execute(Mustache template, EditionModel model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return LEADING_BLANK_LINES.matcher(out.toString()).replaceFirst("");
    }

    private static Mustache compile(TemplateFolder templates, String name, Escaping escaping) {
        try {
            return new EscapingFactory(templates, escaping).compile(name);
        } catch (MustacheException e) {
            throw new TemplateException(location(templates, name, e.getContext()) + ": " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw new TemplateException(templates.describe(name) + ": " + e.getMessage(), e);
        }
    }

    private static String location(TemplateFolder templates, String name, TemplateContext context) {
        return context == null ? templates.describe(name) : templates.describe(context.file()) + ":" + context.line();
    }

    /** Mustache's message without the location it appends, which the caller puts first instead. */
    private static String reason(MustacheException e) {
        String message = String.valueOf(e.getMessage());
        return message.replaceFirst("\\s*@\\[[^\\]]*]$", "").replaceFirst("\\s+in \\S+:\\d+$", "");
    }

    private static String escaped(Escaping escaping, String value) {
        StringWriter out = new StringWriter(value.length() + 16);
        write(escaping, value, out);
        return out.toString();
    }

    private static void write(Escaping escaping, String value, Writer writer) {
        try {
            switch (escaping) {
                case MARKDOWN -> writer.write(MarkdownEscaper.escapeWithMentions(value));
                case HTML -> HtmlEscaper.escape(value, writer);
                case NONE -> writer.write(value);
            }
        } catch (IOException e) {
            throw new MustacheException("cannot write template output", e);
        }
    }

    /** How printed values are made inert in each kind of output. */
    private enum Escaping {
        MARKDOWN,
        HTML,
        NONE
    }

    private static final class EscapingFactory extends DefaultMustacheFactory {
        private final Escaping escaping;

        EscapingFactory(TemplateFolder templates, Escaping escaping) {
            super(templates);
            this.escaping = escaping;
        }

        /** {@code {{{value}}}} and {@code {{&value}}} are escaped too: article text never goes out raw. */
        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void value(TemplateContext context, String variable, boolean encoded) {
                    super.value(context, variable, true);
                }
            };
        }

        @Override
        public void encode(String value, Writer writer) {
            write(escaping, value, writer);
        }
    }
}
