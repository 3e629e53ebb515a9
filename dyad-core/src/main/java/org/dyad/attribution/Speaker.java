package org.dyad.attribution;

/**
 * Who said something.
 *
 * @param name  the speaker's name as resolved ("Tim Kaine" for "the senator" or "he"), or the
 *              words as written when Dyad does not know who they are
 * @param code  the actor code, or null
 * @param text  the words that name the speaker in the article ("he", "the senator", "a campaign
 *              spokeswoman"), at {@code start..end}
 */
public record Speaker(String name, String code, String text, int start, int end) {}
