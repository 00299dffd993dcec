package dev.digestbot.discord.fake;

/**
 * An interaction the fake gateway dispatched, and the REST paths where JDA answers it.
 *
 * @param id the interaction id
 * @param token the interaction token, which Discord accepts answers with for 15 minutes
 */
public record FakeInteraction(String id, String token) {
    /** Where the first answer (reply, defer, autocomplete choices) goes. */
    public String callbackPath() {
        return "interactions/" + id + "/" + token + "/callback";
    }

    /** Where follow-up messages after a deferred reply go. */
    public String followupPath() {
        return "webhooks/" + FakeGuild.APPLICATION_ID + "/" + token;
    }

    /** Where edits of the first reply go, such as the answer to a deferred reply. */
    public String originalPath() {
        return followupPath() + "/messages/@original";
    }
}
