package org.dyad.intake;

import java.util.Optional;

/**
 * Names the language a text is written in. Implementations load their models once and are
 * safe to share between threads.
 */
@FunctionalInterface
public interface LanguageIdentifier {

    /** The language, or empty when the identifier is not reasonably certain. */
    Optional<Language> identify(String text);

    /** For callers that code everything as English. */
    LanguageIdentifier NONE = text -> Optional.empty();
}
