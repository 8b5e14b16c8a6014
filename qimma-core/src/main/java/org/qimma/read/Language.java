package org.qimma.read;

/** ISO 639-1 language of a text by its letters: Arabic, Cyrillic (Russian) or Latin (English). */
public final class Language {
    private Language() {}

    public static String detect(String text) {
        int ar = 0, ru = 0, lat = 0;
        for (char c : text.toCharArray()) { // every character of the article: an array, not charAt
            if (c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFEFF) ar++;
            else if (c >= 0x0400 && c <= 0x04FF) ru++;
            else if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') lat++; // an ASCII letter
        }
        if (ar >= ru && ar >= lat) return "ar";
        return ru >= lat ? "ru" : "en";
    }
}
