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
import java.util.regex.Pattern;

/**
 * Compiles and runs the mail and edition templates so that every value they print is escaped for
 * their output, {@code {{{value}}}} included: text from articles and visitors never goes out raw.
 */
final class EscapedTemplates {
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\R)+");

    private EscapedTemplates() {}

    /** How printed values are made inert in each kind of output. */
    enum Escaping {
        MARKDOWN,
        HTML,
        NONE
    }

    /** {@code value} escaped as a template printing it for {@code escaping} would. */
    static String escape(Escaping escaping, String value) {
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

    /**
     * Runs {@code template}, without the blank lines at the start: Mustache leaves a comment's line
     * break in the output, and templates open with a comment saying what they are for.
     */
    static String execute(Mustache template, Object model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return LEADING_BLANK_LINES.matcher(out.toString()).replaceFirst("");
    }

    /**
     * Compiles {@code name} from {@code templates}.
     *
     * @throws TemplateException when it does not compile, naming its file and line
     */
    static Mustache compile(TemplateFolder templates, String name, Escaping escaping) {
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
