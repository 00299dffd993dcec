package dev.digestbot.web;

/** The pages, each a Mustache template under {@code templates/web/}. */
enum Page {
    SUBSCRIBE("subscribe"),
    CHECK_INBOX("check-inbox"),
    CONFIRM("confirm"),
    CONFIRMED("confirmed"),
    UNSUBSCRIBE("unsubscribe"),
    UNSUBSCRIBED("unsubscribed"),
    TOO_MANY_REQUESTS("too-many-requests"),
    PROBLEM("problem");

    private final String name;

    Page(String name) {
        this.name = name;
    }

    /** The template's name in the templates folder. */
    String template() {
        return "web/" + name + ".html.mustache";
    }
}
