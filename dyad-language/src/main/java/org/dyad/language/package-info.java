/**
 * Language identification, behind Dyad's {@link org.dyad.intake.LanguageIdentifier}.
 *
 * <p>In: an article's text. Out: its language, when the identifier is reasonably certain.
 * {@link org.dyad.language.TikaLanguageIdentifier} is the one adapter to Apache Tika's
 * language detector (the Optimaize n-gram profiles of 71 languages); no Tika type leaves it.
 */
package org.dyad.language;
