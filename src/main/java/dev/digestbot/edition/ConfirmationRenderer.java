package dev.digestbot.edition;

import com.github.mustachejava.Mustache;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the mail that asks a new subscriber to confirm, through {@value #HTML} and {@value
 * #TEXT} from the operator's template folder (falling back to the jar's), escaped as the edition
 * mails are. Compiled when built, so a broken template is reported at start.
 */
public final class ConfirmationRenderer {
    public static final String HTML = "confirm.html.mustache";
    public static final String TEXT = "confirm.txt.mustache";

    private final Mustache html;
    private final Mustache text;

    /**
     * @param folder the operator's template folder; it need not exist
     * @throws TemplateException when a template does not compile, naming its file and line
     */
    public ConfirmationRenderer(Path folder) {
        TemplateFolder templates = new TemplateFolder(folder);
        this.html = EscapedTemplates.compile(templates, HTML, EscapedTemplates.Escaping.HTML);
        this.text = EscapedTemplates.compile(templates, TEXT, EscapedTemplates.Escaping.NONE);
    }

    /**
     * The confirmation mail of {@code newsletter}.
     *
     * @param newsletter the newsletter's name as readers know it
     * @param confirmUrl the link that confirms
     * @param expires when the link stops working, as readers should read it ("2 December 2026")
     * @param cadenceChange for a reader who gets the newsletter already and asked to get it at
     *     another pace, that pace as the mail says it ("at most once a week"); empty for a
     *     subscription to start
     */
    public RenderedMail render(String newsletter, String confirmUrl, String expires, Optional<String> cadenceChange) {
        Map<String, Object> model = Map.of(
                "newsletter", newsletter,
                "confirmUrl", confirmUrl,
                "expires", expires,
                "change", cadenceChange.isPresent(),
                "cadence", cadenceChange.orElse(""));
        String subject = cadenceChange.isPresent()
                ? "Confirm how often you get " + newsletter
                : "Confirm your subscription to " + newsletter;
        return new RenderedMail(
                subject.replaceAll("\\s+", " "),
                EscapedTemplates.execute(html, model),
                EscapedTemplates.execute(text, model));
    }
}
