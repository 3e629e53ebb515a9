package org.dyad.intake;

/** A language, by its ISO 639-1 code (or ISO 639-3 where there is none) and English name. */
public record Language(String code, String name) {

    public static final Language ENGLISH = new Language("en", "English");

    public boolean isEnglish() {
        return code.equals(ENGLISH.code());
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
