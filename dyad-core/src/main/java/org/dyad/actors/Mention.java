package org.dyad.actors;

/**
 * A stretch of text that names or refers to an actor.
 *
 * @param sentence   index of its sentence
 * @param first      first token index in the sentence
 * @param last       last token index in the sentence
 * @param start      character offset in the article text
 * @param end        character offset one past the end
 * @param actor      the coded actor, or null when Dyad does not know who this is
 * @param resolvedBy how the code was reached, in words: dictionary entry and date range,
 *                   composition, the mention a pronoun refers back to, ...
 */
public record Mention(int sentence, int first, int last, int start, int end, String text,
                      Actor actor, Type type, String resolvedBy) {

    /**
     * What the words of the mention are. A PLACE is a city or town of the gazetteer that force fell
     * on ("shelled Kharkiv"), standing for its country; only event coding makes such mentions.
     */
    public enum Type { PERSON, ORGANIZATION, COUNTRY, INSTITUTION, AGENT, PRONOUN, DESCRIPTION, NAME, PLACE }

    public boolean isCoded() {
        return actor != null && actor.code() != null;
    }

    /** A role word with no organization or person behind it ("reporters", "Israeli police"). */
    public boolean isRoleOnly() {
        return type == Type.AGENT && actor != null && actor.name() != null && actor.name().equalsIgnoreCase(text);
    }

    /** A named person no dictionary knows, coded as a private person of a country ("David Turpin" USACVL). */
    public boolean isPrivatePerson() {
        return type == Type.PERSON && actor != null && ActorCodes.CIVILIAN.equals(actor.role()) && text.equals(actor.name());
    }

    /** The last word of its text ("Khan" of "Usman Khan", "embassy" of "the US embassy"). */
    public String lastWord() {
        String[] words = text.trim().split("\\s+");
        return words[words.length - 1];
    }

    /** Coded with a role alone ("MIL"): no country or organization is known for it. */
    public boolean isBareRole() {
        return actor != null && actor.country() == null && actor.role() != null && actor.role().equals(actor.code())
                && !ActorCodes.isTransnational(actor.code());
    }

    /** A named news outlet ("The Guardian", "Reuters"): where it is based says nothing of where the news happened. */
    public boolean isNewsOutlet() {
        return type == Type.ORGANIZATION && actor != null && ActorCodes.MEDIA.equals(actor.role());
    }

    /** Both mentions, coded, stand for the same actor code. */
    public boolean isSameActor(Mention other) {
        return actor.code().equals(other.actor().code());
    }

    /** The same words read as another actor, and how. */
    public Mention withActor(Actor other, String how) {
        return new Mention(sentence, first, last, start, end, text, other, type, how);
    }

    public boolean covers(int sentenceIndex, int token) {
        return sentence == sentenceIndex && token >= first && token <= last;
    }
}
