package org.dyad.language;

import java.util.Locale;
import java.util.Optional;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.dyad.intake.Language;
import org.dyad.intake.LanguageIdentifier;

/**
 * Dyad's adapter to Apache Tika's language detector with the Optimaize profiles. Chosen by
 * measurement against Lingua and Tika's OpenNLP detector (docs/inputs.md): no English article
 * of the gold set or the Wikinews corpus taken for another language, 2 MB of profiles, 0.5 to
 * 1 ms an article. Tika's detector keeps the text it is given, so calls take turns.
 */
public final class TikaLanguageIdentifier implements LanguageIdentifier {

    /** Enough of an article to tell its language; a long page costs no more than this. */
    static final int SAMPLE = 4_000;

    private static volatile TikaLanguageIdentifier shared;

    private final LanguageDetector detector;

    private TikaLanguageIdentifier() {
        detector = new OptimaizeLangDetector().loadModels();
    }

    /** The one identifier of this JVM; the profiles load on first use. */
    public static TikaLanguageIdentifier shared() {
        TikaLanguageIdentifier t = shared;
        if (t == null) {
            synchronized (TikaLanguageIdentifier.class) {
                t = shared;
                if (t == null) shared = t = new TikaLanguageIdentifier();
            }
        }
        return t;
    }

    @Override
    public Optional<Language> identify(String text) {
        LanguageResult result;
        synchronized (detector) {
            result = detector.detect(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        }
        if (result.isUnknown() || !result.isReasonablyCertain()) return Optional.empty();
        String code = result.getLanguage();
        String base = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        return Optional.of(new Language(code, Locale.forLanguageTag(base).getDisplayLanguage(Locale.ENGLISH)));
    }
}
