package org.dyad.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.intake.Language;
import org.junit.jupiter.api.Test;

/** Sentences written for this test, in the languages a news crawl brings most. */
class TikaLanguageIdentifierTest {

    private static String code(String text) {
        return TikaLanguageIdentifier.shared().identify(text).map(Language::code).orElse("?");
    }

    @Test
    void namesTheLanguageOfNewsText() {
        assertThat(code("Kenyan officials met Somali officials in Nairobi on Monday to discuss security along their shared border."))
                .isEqualTo("en");
        assertThat(code("La chancelière allemande a rencontré mardi à Paris le président français pour discuter du budget européen."))
                .isEqualTo("fr");
        assertThat(code("El gobierno anunció el lunes un acuerdo con los rebeldes tras cuatro años de negociaciones."))
                .isEqualTo("es");
        assertThat(code("\u0627\u062a\u0647\u0645 \u0627\u0644\u0631\u0626\u064a\u0633 \u0627\u0644\u062d\u0643\u0648\u0645\u0629 "
                + "\u0628\u0627\u0644\u0641\u0633\u0627\u062f \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.")).isEqualTo("ar");
        assertThat(code("\u4e2d\u56fd\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u5468\u4e8c\u8868\u793a\uff0c"
                + "\u4e2d\u65b9\u5c06\u7ee7\u7eed\u4e0e\u5404\u65b9\u4fdd\u6301\u6c9f\u901a\u3002")).startsWith("zh");
    }

    @Test
    void givesTheEnglishNameOfTheLanguage() {
        assertThat(TikaLanguageIdentifier.shared().identify("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen."))
                .hasValue(new Language("de", "German"));
    }
}
