package dev.digestbot.web;

import dev.digestbot.store.Cadence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Subscribers in a map, for the page tests; hands out the tokens a mail would carry. */
class InMemorySubscriptions implements Subscriptions {
    enum State {
        PENDING,
        ACTIVE,
        UNSUBSCRIBED
    }

    private final Map<String, State> states = new HashMap<>();
    private final Map<String, String> confirmTokens = new HashMap<>();
    private final Map<String, String> latestConfirmToken = new HashMap<>();
    private final Set<String> usedTokens = new HashSet<>();
    private final Set<String> expiredTokens = new HashSet<>();
    private final Map<String, String> unsubscribeTokens = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Cadence> asked = new HashMap<>();
    private List<Cadence> offered = List.of(Cadence.EVERY);
    private boolean mailFails;

    @Override
    public synchronized List<Cadence> cadences() {
        return offered;
    }

    /** Makes every confirmation mail fail from now on, as with the mail server away. */
    synchronized void failMail() {
        mailFails = true;
    }

    /** Offers {@code cadences} on the form from now on. */
    synchronized void offer(List<Cadence> cadences) {
        offered = List.copyOf(cadences);
    }

    /** The cadence the last sign-up of {@code email} asked for. */
    synchronized Cadence cadenceOf(String email) {
        return asked.get(email);
    }

    @Override
    public synchronized SubscribeOutcome subscribe(String email, Cadence cadence) {
        calls.add("subscribe " + email);
        asked.put(email, cadence);
        if (mailFails) {
            return SubscribeOutcome.NOT_SENT;
        }
        if (states.get(email) == State.ACTIVE) {
            return SubscribeOutcome.ALREADY_ACTIVE;
        }
        states.put(email, State.PENDING);
        String token = UUID.randomUUID().toString();
        confirmTokens.put(token, email);
        latestConfirmToken.put(email, token);
        return SubscribeOutcome.CONFIRMATION_SENT;
    }

    @Override
    public synchronized ConfirmOutcome confirm(String token) {
        calls.add("confirm");
        if (usedTokens.contains(token)) {
            return ConfirmOutcome.ALREADY_USED;
        }
        if (expiredTokens.contains(token)) {
            return ConfirmOutcome.EXPIRED;
        }
        String email = confirmTokens.remove(token);
        if (email == null) {
            return ConfirmOutcome.UNKNOWN;
        }
        usedTokens.add(token);
        states.put(email, State.ACTIVE);
        unsubscribeTokens.put(UUID.randomUUID().toString(), email);
        return ConfirmOutcome.CONFIRMED;
    }

    @Override
    public synchronized UnsubscribeOutcome unsubscribe(String token) {
        calls.add("unsubscribe");
        String email = unsubscribeTokens.get(token);
        if (email == null) {
            return UnsubscribeOutcome.UNKNOWN;
        }
        if (states.get(email) == State.UNSUBSCRIBED) {
            return UnsubscribeOutcome.ALREADY_UNSUBSCRIBED;
        }
        states.put(email, State.UNSUBSCRIBED);
        return UnsubscribeOutcome.UNSUBSCRIBED;
    }

    /** The token of the last confirmation mail sent to {@code email}. */
    synchronized String confirmationToken(String email) {
        return latestConfirmToken.get(email);
    }

    /** The unsubscribe token of a confirmed {@code email}. */
    synchronized String unsubscribeToken(String email) {
        return unsubscribeTokens.entrySet().stream()
                .filter(e -> e.getValue().equals(email))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** Makes {@code token} one that has expired. */
    synchronized void expire(String token) {
        confirmTokens.remove(token);
        expiredTokens.add(token);
    }

    synchronized State state(String email) {
        return states.get(email);
    }

    /** What the pages asked for, in order. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
