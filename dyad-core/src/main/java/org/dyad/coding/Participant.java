package org.dyad.coding;

import org.dyad.actors.Mention;

/**
 * A source or target of an event: the actor code and the words that named it.
 *
 * @param code    CAMEO-style actor code
 * @param name    the actor's readable name
 * @param text    the mention as written in the sentence
 */
public record Participant(String code, String name, String text, String country, String role) {

    static Participant of(Mention m) {
        return new Participant(m.actor().code(), m.actor().name(), m.text(), m.actor().country(), m.actor().role());
    }
}
