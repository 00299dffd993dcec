package dev.digestbot.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Writes a rendered page as the response, with the request's style nonce added to its model. */
final class PageWriter {
    private final PageTemplates templates;

    PageWriter(PageTemplates templates) {
        this.templates = templates;
    }

    void write(Context ctx, Page page, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("nonce", SecurityHeaders.nonce(ctx));
        ctx.html(templates.render(page, full));
    }

    /** The generic page for a failure, with a title and one sentence for the reader. */
    void problem(Context ctx, String title, String text) {
        write(ctx, Page.PROBLEM, Map.of("title", title, "text", text));
    }
}
