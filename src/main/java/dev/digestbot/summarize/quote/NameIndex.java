package dev.digestbot.summarize.quote;

import dev.digestbot.summarize.quote.Lexicon.Gender;
import dev.digestbot.summarize.quote.Mention.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people and organisations an article names, each with the name the article first gives in
 * full. Later mentions ("Mr Clarke", "Clarke", "Clarke's") are linked to the full name
 * ("Andy Clarke") by surname.
 */
final class NameIndex {
    /** One person or organisation, as all its mentions tell it. */
    static final class Entity {
        private String name;
        private final String title;
        private Kind kind;
        private Gender gender;
        private boolean speaks;

        private Entity(Mention m) {
            name = m.name();
            title = m.title();
            kind = m.kind();
            gender = m.gender();
        }

        /** The name as first introduced, with a title that is part of it ("Sir Alex Ferguson"). */
        String display() {
            return title == null ? name : title + " " + name;
        }

        Kind kind() {
            return kind;
        }

        Gender gender() {
            return gender;
        }

        /** A person by title, given name or role, or a two-word name that speaks and is not an organisation. */
        boolean person() {
            return kind == Kind.PERSON || kind == Kind.UNKNOWN && speaks && name.indexOf(' ') > 0;
        }
    }

    /** How many earlier bearers of a surname a new mention is compared with. */
    private static final int MAX_NAMESAKES = 16;

    private final List<Mention> mentions;
    private final List<Entity> entityOf = new ArrayList<>();
    private final int[] mentionAt;
    private final Map<String, List<Entity>> bySurname = new HashMap<>();

    NameIndex(Tokens tokens) {
        this.mentions = MentionFinder.find(tokens);
        this.mentionAt = new int[tokens.size()];
        Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            for (int k = mention.first(); k <= mention.last(); k++) {
                mentionAt[k] = m;
            }
            entityOf.add(link(mention));
        }
    }

    List<Mention> mentions() {
        return mentions;
    }

    Entity entity(int mention) {
        return entityOf.get(mention);
    }

    /** The mention that covers token {@code i}, or -1. */
    int mentionAt(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : -1;
    }

    private Entity link(Mention m) {
        List<Entity> same = bySurname.computeIfAbsent(m.surname(), k -> new ArrayList<>());
        Entity entity = matching(same, m);
        if (entity == null) {
            entity = new Entity(m);
            same.add(entity);
        } else if (m.words() > 1 && !entity.name.contains(" ")) {
            entity.name = m.name(); // a surname first, the full name later: the full name introduces
        }
        if (m.kind() == Kind.PERSON || entity.kind == Kind.UNKNOWN) {
            entity.kind = m.kind();
        }
        entity.speaks |= m.speaks();
        if (entity.gender == Gender.UNKNOWN) {
            entity.gender = m.gender();
        }
        return entity;
    }

    /** The entity a mention refers to: the latest one with its surname and a matching first name. */
    private static Entity matching(List<Entity> same, Mention m) {
        boolean single = m.words() == 1;
        String first = null; // read only when a namesake's first name must be compared
        for (int k = same.size() - 1; k >= 0 && k >= same.size() - MAX_NAMESAKES; k--) {
            Entity e = same.get(k);
            if (single || e.name.indexOf(' ') < 0) {
                return e;
            }
            first = first == null ? m.firstWord() : first;
            if (e.name.length() > first.length()
                    && e.name.charAt(first.length()) == ' '
                    && e.name.regionMatches(true, 0, first, 0, first.length())) {
                return e;
            }
        }
        return null;
    }
}
