package org.dyad.actors;

/**
 * A token span that names something on its own: a dictionary phrase with its entry in force,
 * or a named entity the dictionaries do not know. Pieces compose into mentions.
 *
 * @param entry the dictionary entry in force on the article's date, or null
 * @param known true when the dictionary knows the phrase, even with no entry in force
 * @param ner   the named-entity class for unknown names ("NAME" for a proper noun the NER missed), else null
 */
record Piece(int first, int last, ActorEntry entry, boolean known, String ner, String text) {

    ActorEntry.Kind kind() {
        return entry == null ? null : entry.kind();
    }

    boolean isPersonName() {
        return kind() == ActorEntry.Kind.PERSON || "PERSON".equals(ner) || "NAME".equals(ner) || (known && entry == null);
    }

    boolean isOwner() {
        ActorEntry.Kind k = kind();
        return k != null && k != ActorEntry.Kind.PERSON && k != ActorEntry.Kind.AGENT;
    }
}
